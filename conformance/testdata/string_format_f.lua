-- %f and %F
local f = string.format
print(f("%f|%.2f|%10.3f|%-10.1f|%010.2f", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159))
print(f("%.0f|%.0f|%.0f|%.0f", 0.5, 1.5, 2.5, -0.5))
print(f("%f|%f|%f", 1e15, 1 / 3, -0.0))
print(f("%+.3f|% .3f|%#.0f", 1, 1, 1))
print(f("%.20f", 0.1))
print(f("%f|%f", math.huge, -math.huge), pcall(f, "%F", 1))
print(f("%.3f", 2^63), f("%.1f", 5), f("%5.1f", "2.25"))
print(f("%.99f", 1):len())
