-- "attempt to index" messages name the indexed value
local t = {}
local up
print(pcall(function() return undefinedtable.x end))
print(pcall(function() local l return l.x end))
print(pcall(function() return t.a.b end))
print(pcall(function() return up.x end))
print(pcall(function() return t[1][2] end))
print(pcall(function() local n = 5 return n.x end))
print(pcall(function() undefinedtable.x = 1 end))
print(pcall(function() t.a.b = 1 end))
print(pcall(function() local b = true b[1] = 2 end))
print(pcall(function() return (nil).x end))
print(pcall(function() return t.x:method() end))
print(pcall(function() return ("s").x.y end))
print(pcall(function() local a = {} return a.b.c.d end))
