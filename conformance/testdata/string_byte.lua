-- string.byte with ranges
local s = "ABCDE"
print(s:byte(), s:byte(2), s:byte(1, 3), s:byte(-2, -1))
print(s:byte(4, 10))
print(select("#", s:byte(3, 2)), select("#", s:byte(10)), select("#", ("").byte("")))
print(("\0\255\128"):byte(1, -1))
print(string.byte("x", 0), string.byte("xyz", -10, 1))
print(pcall(string.byte, "abc", "x"))
print(string.byte(123, 1, 3))
print(#table.pack(string.rep("a", 500):byte(1, -1)))
