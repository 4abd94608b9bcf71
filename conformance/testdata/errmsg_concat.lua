-- "attempt to concatenate" messages
local t = {}
local up = {}
print(pcall(function() return "a" .. t end))
print(pcall(function() local tl = {} return tl .. "a" end))
print(pcall(function() return "a" .. up end))
print(pcall(function() return "a" .. nilglobal end))
print(pcall(function() return "a" .. t.f end))
print(pcall(function() return "a" .. true end))
print(pcall(function() return 1 .. {} .. "x" end))
print(pcall(function() local a, b = "x", nil return a .. b end))
print(pcall(function() return "x" .. "y" .. t.z .. "w" end))
