-- max and min keep the type of the chosen argument
print(math.max(1, 2.5, -1), math.min(1, 2.5, -1), math.max(3), math.min(3.0))
print(math.max(1, 1.0), math.type(math.max(1, 1.0)), math.max(1.0, 1), math.type(math.max(1.0, 1)))
print(math.max(math.mininteger, -math.huge), math.min(math.maxinteger, math.huge))
print(math.max(0 / 0, 1) ~= math.max(0 / 0, 1), math.max(1, 0 / 0))
print(pcall(math.max), pcall(math.min, 1, "x"))
print(pcall(math.max, "10", 9))
