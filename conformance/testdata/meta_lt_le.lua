-- __lt and __le, and no __le fallback to __lt in 5.4
local O = {}
O.__lt = function(a, b) return a.v < b.v end
local x, y = setmetatable({v = 1}, O), setmetatable({v = 2}, O)
print(x < y, y < x, x > y, y > x)
print(pcall(function() return x <= y end))
O.__le = function(a, b) return a.v <= b.v end
print(x <= y, y >= x, x >= y)
local M = {__lt = function(a, b) return type(a) == "number" end}
local m = setmetatable({}, M)
print(1 < m, m < 1, m > 1)
print(pcall(function() return m < "s" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return {} <= 1 end))
local R = {__lt = function() return 0 end}
print(setmetatable({}, R) < setmetatable({}, R))
