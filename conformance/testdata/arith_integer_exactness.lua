-- integer arithmetic is exact where floats are not
local big = 2^53 | 0
print(big + 1, (big + 1.0) == big + 0.0, big + 1 == big)
print(9007199254740993, 9007199254740993.0)
print(math.maxinteger - 1 + 1 == math.maxinteger, (math.maxinteger + 0.0) - 1 == 2^63)
print(123456789 * 987654321, 123456789.0 * 987654321)
print(3 * 1 // 3, 7 // 7.0, 2^62 | 0, (2^62 | 0) * 2)
