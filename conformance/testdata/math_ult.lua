-- unsigned comparison
print(math.ult(1, 2), math.ult(-1, 1), math.ult(1, -1), math.ult(0, math.mininteger))
print(math.ult(math.maxinteger, math.mininteger), math.ult(5, 5))
print(pcall(math.ult, 1.5, 2))
print(math.ult(2.0, 3))
