-- argument errors in the math library
print(pcall(math.sqrt))
print(pcall(math.sin, "x"))
print(pcall(math.floor, {}))
print(pcall(math.log, 1, "b"))
print(pcall(math.exp, nil))
print(pcall(math.modf, {}))
print(pcall(math.tointeger, "x"))
print(math.sqrt("4"), math.abs(" -2 "))
