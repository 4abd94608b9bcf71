-- unary operators on numeric strings
print(-"2", -"2.5", -"0x10", math.type(-"2"))
print(pcall(function() return ~"3" end))
print(pcall(function() return -"x" end))
print(pcall(function() return #5 end))
