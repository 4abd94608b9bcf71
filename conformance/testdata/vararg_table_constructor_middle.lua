-- ... expands only in the last position of lists
local function f(...) return {..., "end"}, {"start", ...}, select("#", ..., "x") end
local a, b, n = f(1, 2, 3)
print(#a, a[1], a[2], #b, b[4], n)
local function g(...) local x, y = ..., "second" return x, y end
print(g(10, 20))
local function h(...) return (...) end
print(h(7, 8, 9), select("#", h()))
