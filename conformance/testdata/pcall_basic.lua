-- pcall returns status plus results or the error
print(pcall(function(...) return ... end, 1, 2, 3))
print(pcall(function() end))
print(pcall(math.floor, 3.7))
print(pcall(error, "e"))
print(pcall(pcall, error, "nested"))
print(pcall(print))
print(pcall(nil))
print(pcall(42))
print(pcall({}))
print(pcall(setmetatable({}, {__call = function(_, a) return "called", a end}), "arg"))
local depth = 0
local function nest(n) if n == 0 then error("deep") end return pcall(nest, n - 1) end
print(nest(50))
