-- %d and %i with flags, width and precision
local f = string.format
print(f("%d|%5d|%-5d|%05d|%+d|% d", 42, 42, 42, 42, 42, 42))
print(f("%i|%.3d|%8.3d|%-8.3d|%+.0d|%.0d", 7, 7, 7, 7, 0, 0))
print(f("%d|%d|%d", math.maxinteger, math.mininteger, -0))
print(f("%d|%d", 3.0, -2.0), f("%d", "10"), f("%x", "0x10"))
print(pcall(f, "%d", 3.5))
print(pcall(f, "%d", "3.5"))
print(pcall(f, "%d", {}))
print(f("%+05d|%- 5d|%+-6d|", 3, 3, 3))
