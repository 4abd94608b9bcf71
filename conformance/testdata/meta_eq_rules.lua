-- when __eq is consulted
local count = 0
local mt = {__eq = function() count = count + 1 return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == a, count)
print(a == b, count)
print(a == 1, a == "x", a == nil, count)
local other = setmetatable({}, {__eq = function() count = count + 100 return false end})
print(a == other, count)
print(other == a, count)
print(a ~= b, count)
