-- __index chains through tables
local base = {greet = function() return "base greet" end, x = "base x"}
local mid = setmetatable({y = "mid y"}, {__index = base})
local obj = setmetatable({z = "obj z"}, {__index = mid})
print(obj.x, obj.y, obj.z, obj.w, obj.greet())
print(rawget(obj, "x"), rawget(obj, "z"))
base.w = "late"
print(obj.w)
local deep = {}
for i = 1, 50 do deep = setmetatable({}, {__index = deep}) end
print(deep.anything)
