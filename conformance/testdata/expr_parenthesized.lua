-- parentheses truncate to one value
local function f() return 1, 2, 3 end
print((f()))
print(select("#", (f())))
local function none() end
print((none()), select("#", (none())))
local a, b = (f())
print(a, b)
print(("abc"):upper(), (1 + 2) * 3, ({10, 20})[2])
local t = {x = function() return "x" end}
print((t).x(), (t.x)())
