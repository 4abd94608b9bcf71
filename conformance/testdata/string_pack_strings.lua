-- pack/unpack of s, z and fixed-size c formats
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<s1", "ab")), hex(string.pack("<s2", "ab")), hex(string.pack("z", "ab")))
print(hex(string.pack("c5", "ab")), string.unpack("c2", "abcd"))
print(string.unpack("<s1", "\3abcdef"), string.unpack("z", "hello\0world"))
print(string.unpack("<s4", string.pack("<s4", "long string")))
print(pcall(string.pack, "z", "a\0b"))
print(pcall(string.pack, "c2", "abc"))
print(pcall(string.pack, "s1", string.rep("x", 256)))
print(pcall(string.unpack, "z", "no terminator"))
print(pcall(string.unpack, "c10", "short"))
print(hex(string.pack("<s", "x")))
