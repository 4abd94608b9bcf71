-- math constants
print(math.pi, math.huge, -math.huge, math.maxinteger, math.mininteger)
print(math.type(math.pi), math.type(math.maxinteger), math.type(math.huge))
print(string.format("%.17g", math.pi), math.pi == 3.141592653589793)
print(math.maxinteger == 2^63 - 1, math.mininteger == -2^63)
