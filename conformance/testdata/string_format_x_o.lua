-- hexadecimal and octal conversions
local f = string.format
print(f("%x|%X|%#x|%#X|%o|%#o", 255, 255, 255, 255, 8, 8))
print(f("%x|%X", -1, math.mininteger))
print(f("%08x|%-8x|%.4x|%#08x", 255, 255, 255, 255))
print(f("%x", 0), f("%#x", 0), f("%o", 0), f("%#o", 0))
print(f("%5.3o|%c%c%c", 8, 76, 117, 97))
print(f("%c", 0) == "\0", #f("%5c", 65), f("%-3c|", 65))
