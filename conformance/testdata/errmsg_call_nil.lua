-- "attempt to call" messages name the callee
local t = {}
local up = nil
print(pcall(function() undefinedfn() end))
print(pcall(function() local lf lf() end))
print(pcall(function() t.field() end))
print(pcall(function() t:method() end))
print(pcall(function() up() end))
print(pcall(function() t[1]() end))
print(pcall(function() ("x")() end))
print(pcall(function() (nil)() end))
print(pcall(function() t.a.b() end))
print(pcall(function() local s = "str" s() end))
print(pcall(function() t["key with space"]() end))
print(pcall(function() string.nope() end))
