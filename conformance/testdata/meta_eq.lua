-- __eq is used only for two tables or two userdata
local E = {__eq = function(a, b) print("eq called") return a.id == b.id end}
local a = setmetatable({id = 1}, E)
local b = setmetatable({id = 1}, E)
local c = setmetatable({id = 2}, {__eq = function() return true end})
print(a == b, a ~= b, a == a, rawequal(a, b))
print(a == c, c == a)
print(a == 1, a == "x", a == nil)
local d = setmetatable({}, {__eq = function() return "truthy" end})
print(d == {}, d ~= {})
local t = {[a] = "a"}
print(t[b])
