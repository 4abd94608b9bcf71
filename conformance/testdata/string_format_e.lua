-- %e and %E
local f = string.format
print(f("%e|%.2e|%E|%.0e|%#.0e", 12345.678, 12345.678, 0.00012, 5, 5))
print(f("%e|%e|%e", 0, -0.0, 1e-310))
print(f("%12.4e|%-12.4e|%+e", math.pi, math.pi, 1))
print(f("%e|%E", math.huge, -math.huge))
print(f("%.3e", 1e300 * 10), f("%e", 2^63))
