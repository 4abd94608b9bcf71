-- a million tail calls run in constant stack space
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + 1) end
print(loop(1000000, 0))
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(1000001))
local t = {}
function t.m(self, n) if n == 0 then return "method done" end return self:m(n - 1) end
print(t:m(1000000))
local function va(n, ...) if n == 0 then return select("#", ...) end return va(n - 1, ...) end
print(va(100000, 1, 2, 3))
