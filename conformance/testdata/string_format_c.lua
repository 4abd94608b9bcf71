-- %c with width and bytes including zero
local s = string.format("%c%c%c", 0, 65, 255)
print(#s, s:byte(1, -1))
print(string.format("[%3c][%-3c]", 66, 67))
print(pcall(string.format, "%c", 256) )
print(pcall(string.format, "%c", -1))
