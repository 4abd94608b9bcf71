-- comparing integers with floats that are not exactly representable
local max = math.maxinteger
print(max < max + 0.0, max <= max + 0.0, max + 0.0 > max, max == max + 0.0)
print(math.mininteger + 0.0 == math.mininteger, math.mininteger < math.mininteger + 0.0)
print((2^53 | 0) + 1 < 2^53 + 2, (2^53 | 0) + 1 > 2^53, (2^53 | 0) + 1 == 2^53 + 1)
print(1 < 1.0000000000000002, 1 == 0.99999999999999999, -1 > -1.0000000000000002)
print(max < math.huge, max > -math.huge, 0 < 0/0, 0 > 0/0)
