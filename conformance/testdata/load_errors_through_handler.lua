-- Errors load raises while reading or nesting too deep go through the message
-- handler in force (here the interpreter's, which adds a traceback; under pcall
-- none), while syntax errors do not; reader pieces may be numbers
local n = 0
local f = load(function() n = n + 1 if n == 1 then return "return " elseif n == 2 then return 4.5 end end)
print(f())
n = 0
print(load(function() n = n + 1 if n == 1 then return "return 1 + " elseif n == 2 then return 41 end end)())
print(load(function() error("reader fail") end))
print(load(function() return {} end))
print(load(string.rep("(", 300)))
print(load("x = = 1"))
print(pcall(load, function() error("reader fail") end))
print(pcall(load, function() return true end))
print(pcall(load, string.rep("(", 300)))
local function h(m) return "handled: " .. tostring(m) end
print(xpcall(load, h, function() error("reader fail") end))
print(xpcall(load, h, function() return true end))
print(xpcall(load, h, string.rep("(", 300)))
print(xpcall(load, h, "x = = 1"))
print(xpcall(function() return load(function() return print end) end, h))
