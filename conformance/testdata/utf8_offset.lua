-- utf8.offset finds byte positions of characters
local s = "aé€b"
print(utf8.offset(s, 1), utf8.offset(s, 2), utf8.offset(s, 3), utf8.offset(s, 4), utf8.offset(s, 5), utf8.offset(s, 6))
print(utf8.offset(s, -1), utf8.offset(s, -2), utf8.offset(s, -4), utf8.offset(s, -5))
print(utf8.offset(s, 0, 3), utf8.offset(s, 0, 5), utf8.offset(s, 1, 4))
print(pcall(utf8.offset, s, 1, 3))
print(pcall(utf8.offset, s, 1, 10))
print(utf8.offset("", 1), utf8.offset("", 0))
