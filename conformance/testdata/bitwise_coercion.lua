-- bitwise operators convert integral floats but not strings
print(3.0 & 1, 2^62 | 0, math.type(3.0 & 1), -0.0 | 0)
print(~7.0, 1.0 << 4.0, math.type(~7.0))
print(pcall(function() return "3" & 1 end))
print(pcall(function() return 1 | "0x10" end))
print(pcall(function() local s = "7" return ~s end))
print(pcall(function() return "1" << "4" end))
print(pcall(function() return 2^63 & 1 end))
print(pcall(function() return 3.5 & 1 end))
