-- pack/unpack of floats and doubles
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<d", 1.5)), hex(string.pack(">d", -2)), hex(string.pack("<f", 0.5)))
print(hex(string.pack("<n", 1)), string.unpack("<n", string.pack("<n", math.pi)) == math.pi)
print(string.unpack("<f", string.pack("<f", 0.1)), string.unpack("<d", string.pack("<d", 0.1)))
print(string.unpack("<d", string.pack("<d", math.huge)), string.unpack("<d", string.pack("<d", -0.0)))
print(math.type((string.unpack("<d", string.pack("<d", 3)))))
print(string.unpack("<f", string.pack("<f", 1e40)))
