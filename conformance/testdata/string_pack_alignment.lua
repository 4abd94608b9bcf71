-- alignment with ! and X, padding with x
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<!4 b i4", 1, 2)))
print(hex(string.pack("<!8 b d", 1, 0)))
print(hex(string.pack("<b x b", 1, 2)), hex(string.pack("<b Xi4 b", 1, 2)))
print(hex(string.pack("<!2 b Xh b", 1, 2)))
print(string.unpack("<!4 b i4", string.pack("<!4 b i4", 7, 9)))
print(pcall(string.pack, "<!3 i4", 1))
print(pcall(string.pack, "X", 1))
print(pcall(string.pack, "Xz", 1))
print(hex(string.pack("<i2 ! i8", 1, 2)))
