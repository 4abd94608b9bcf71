-- endianness switches inside one format
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<i2>i2=i2", 1, 1, 1)) ~= nil)
print(hex(string.pack("<I4>I4", 0x01020304, 0x01020304)))
print(string.unpack("<I4>I4", string.pack("<I4>I4", 5, 6)))
print(hex(string.pack(" < i2 ", 258)))
