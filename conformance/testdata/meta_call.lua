-- __call passes the object then the arguments
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(callable(1, 2))
print(callable())
print(pcall(callable, "p"))
local chained = setmetatable({}, {__call = callable})
local n1, n2, n3 = chained("x")
print(n1, n2 == chained, n3)
local counter = setmetatable({n = 0}, {__call = function(self) self.n = self.n + 1 return self.n end})
counter() counter()
print(counter.n, counter())
print(pcall(function() local nc = setmetatable({}, {}) nc() end))
for v in setmetatable({}, {__call = function(_, _, c) c = (c or 0) + 1 if c <= 2 then return c end end}) do
  io.write(v, " ")
end
print()
