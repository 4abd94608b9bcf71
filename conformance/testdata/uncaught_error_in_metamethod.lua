-- an error raised inside a metamethod
local mt = {__add = function(a, b) error("cannot add these") end,
  __index = function(t, k) error("no field " .. k) end}
local v = setmetatable({}, mt)
print(pcall(function() return v + 1 end))
print(v.anything)
