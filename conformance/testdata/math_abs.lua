-- abs for ints and floats
print(math.abs(-5), math.abs(5), math.abs(-5.5), math.abs(-0.0), math.abs(math.mininteger))
print(math.type(math.abs(-5)), math.type(math.abs(-5.0)), math.abs(-math.huge))
print(pcall(math.abs), math.abs("-3"))
