-- __call results are adjusted like any call
local mt = {__call = function(self, ...) return select("#", ...), ... end}
local c = setmetatable({}, mt)
print(c())
print(c(nil, nil))
print((c(1, 2, 3)))
local t = {c(1, 2)}
print(#t)
print(pcall(c, "in pcall"))
print(coroutine.wrap(function() return c("in coroutine") end)())
local nested = setmetatable({}, {__call = c})
local n1, n2, n3 = nested("arg")
print(n1, n2 == nested, n3)
