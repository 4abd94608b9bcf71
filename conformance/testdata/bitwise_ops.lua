-- bitwise operators on integers
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xF0 ~ 0xFF, ~0, ~5, ~-1)
print(1 << 4, 1 << 63, 1 << 64, 1 << -1, 256 >> 4, -1 >> 1, -1 >> 63, -1 >> 64)
print(1 << 62, (1 << 63) >> 63, 3 >> -2, 5 << 0, 0xFF >> 100, 1 << 1000)
print(5 & 3 | 8, 5 ~ 3 & 1, 1 << 2 + 1, 2 + 1 << 1, ~0 >> 60 & 7)
print(math.type(3 & 1), 7 // 2 & 1, 3 | 4 == 7)
print(0x7fffffffffffffff & -1, math.mininteger | 0, math.mininteger ~ math.maxinteger)
print(-8 >> 1, (-8) // 2, 0xDEADBEEF ~ 0xFFFFFFFF)
