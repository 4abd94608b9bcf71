-- comparisons between integers and floats are exact
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5, 0 == -0.0)
print(math.maxinteger < 2^63, math.maxinteger + 0.0 == 2^63, math.maxinteger == 2^63)
print(math.mininteger == -2^63, math.mininteger < -2^63, math.mininteger <= -2^63)
print(2^53 == 2^53 + 1, (2^53 | 0) + 1 == 2^53, (2^53 | 0) + 1 > 2^53)
local nan = 0 / 0
print(nan == nan, nan < 1, nan > 1, 1 < nan, nan ~= nan, not (nan <= nan))
print(1 < math.huge, math.mininteger > -math.huge, math.maxinteger < math.huge)
print("a" < "b", "a" < "B", "abc" < "abd", "" < "a", "a\0b" < "a\0c", "Z" < "a")
print(pcall(function() return 1 < "1" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return nil <= 1 end))
print(pcall(function() return true > false end))
