-- arithmetic error messages with variable kinds
local up = "notnum"
local ut = {}
K = nil
print(pcall(function() return up + 1 end))
print(pcall(function() return ut * 2 end))
print(pcall(function() return K - 1 end))
print(pcall(function() local l = {} return -l end))
print(pcall(function() return ut.f / 2 end))
print(pcall(function() return ut[1] % 2 end))
print(pcall(function() local s = "a" return s // 1 end))
print(pcall(function() return 2 ^ ut end))
print(pcall(function() return 1 & ut.x end))
print(pcall(function() return 1.5 | 1 end))
print(pcall(function() local f = 2.5 return f >> 1 end))
