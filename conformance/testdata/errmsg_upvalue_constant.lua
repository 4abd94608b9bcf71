-- names for upvalues and constants in messages
local cst <const> = "constant string"
local tab = {}
print(pcall(function() return cst.x.y end))
print(pcall(function() return tab.missing.y end))
print(pcall(function() return cst() end))
print(pcall(function() return tab() end))
print(pcall(function() return #cst + tab end))
local n <const> = 10
print(pcall(function() return n() end))
print(pcall(function() return ("lit")() end))
