-- exponentiation always gives floats
print(2 ^ 10, math.type(2 ^ 10), 2 ^ 0.5, 2 ^ -1, (-8) ^ (1/3) ~= (-8) ^ (1/3))
print(0 ^ 0, 0 ^ -1, (-2) ^ 2, (-2) ^ 3, 10 ^ 308, 10 ^ 309)
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2, -3 ^ 2, (-3) ^ 2)
print("2" ^ "3", 4 ^ "0.5", math.type("2" ^ 2))
print(1 ^ math.huge, math.huge ^ 0, (-1) ^ 0.5 ~= (-1) ^ 0.5)
