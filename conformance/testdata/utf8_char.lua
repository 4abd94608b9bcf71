-- utf8.char encodes code points
print(utf8.char(72, 228, 8364, 128512))
print(#utf8.char(0x7F), #utf8.char(0x80), #utf8.char(0x7FF), #utf8.char(0x800), #utf8.char(0xFFFF), #utf8.char(0x10000))
print(#utf8.char(0x7FFFFFFF), utf8.char() == "")
print(pcall(utf8.char, -1))
print(pcall(utf8.char, 0x80000000))
print(pcall(utf8.char, "x"))
print(utf8.charpattern)
