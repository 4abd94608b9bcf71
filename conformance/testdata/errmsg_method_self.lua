-- method calls report "calling 'x' on bad self"
print(pcall(function() return ("x").upper() end))
print(pcall(function() local s = string return s.upper() end))
print(pcall(function() return ("x"):rep() end))
print(pcall(function() return ("x"):rep("n") end))
local t = {}
function t:m(n) return string.rep("a", n) end
print(pcall(function() return t:m("bad") end))
print(pcall(function() return string.format() end))
print(pcall(function() return ("%d"):format() end))
print(pcall(function() local f = io.stdout.write return f(42) end))
