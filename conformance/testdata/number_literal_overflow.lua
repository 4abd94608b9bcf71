-- decimal integer literals past 2^63 become floats; hex wraps
print(9223372036854775807, 9223372036854775808, 9223372036854775809)
print(math.type(9223372036854775808), 9223372036854775808 == 2^63)
print(99999999999999999999, 1e19 == 10000000000000000000)
print(0xffffffffffffffff, 0x1ffffffffffffffff, 0xfffffffffffffffff0)
print(tonumber("9223372036854775808"), math.type(tonumber("9223372036854775808")))
print(tonumber("0xffffffffffffffffff"), math.tointeger("9223372036854775808"))
print(-9223372036854775808 == math.mininteger, math.type(-9223372036854775808))
