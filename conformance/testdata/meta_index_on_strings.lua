-- strings index the string library through their metatable
local s = "hello"
print(s:len(), s.len == string.len, ("x").upper == string.upper)
print(pcall(function() return s.nofunc() end))
print(pcall(function() return ("x"):nomethod() end))
string.custom = function(self) return "custom:" .. self end
print(s:custom())
local mt = getmetatable("")
local old = mt.__index
mt.__index = function(str, k) return k end
print(s.anything)
mt.__index = old
print(s:upper())
print(#s, s[1])
