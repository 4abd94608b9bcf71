-- decimal and hexadecimal integer literals
print(0, 1, 123, 007, 1000000, math.type(123))
print(0x0, 0xff, 0XFF, 0xDeadBeef, 0x7fffffffffffffff, math.type(0xff))
print(0xffffffffffffffff, 0x8000000000000000, math.type(0xffffffffffffffff))
print(0x10000000000000000, 0x1ffffffffffffffff)
print(9223372036854775807, math.type(9223372036854775807))
print(9223372036854775808, math.type(9223372036854775808))
print(-9223372036854775808, math.type(-9223372036854775808))
print(18446744073709551615, 1e2, math.type(1e2))
