-- pack/unpack of integer formats
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("b", -1)), hex(string.pack("B", 255)), hex(string.pack("h", 1)), hex(string.pack("H", 65535)))
print(hex(string.pack("<i4", 1)), hex(string.pack(">i4", 1)), hex(string.pack("<I2", 0x1234)), hex(string.pack(">I3", 0x123456)))
print(hex(string.pack("<j", -2)), hex(string.pack("<J", 1)), hex(string.pack("<T", 7)))
print(hex(string.pack("<i16", -1)), hex(string.pack(">i9", 1)))
print(string.unpack("<i4", string.pack("<i4", -123456)))
print(string.unpack(">I2", "\1\2"), string.unpack("<I2", "\1\2"))
print(string.unpack("<i16", string.pack("<i16", math.mininteger)))
print(string.unpack("b", "\200"), string.unpack("B", "\200"))
print(string.unpack("<l", string.pack("<l", 42)), string.unpack("<L", string.pack("<L", 42)))
print(string.unpack("<i3", "\255\255\127"), string.unpack("<i3", "\0\0\128"))
