-- load's mode argument accepts text, binary or both
print(type(load("return 1", "c", "t")))
print(select(2, load("return 1", "c", "b")))
local bin = string.dump(load("return 'from binary'"))
print(select(2, load(bin, "bin", "t")))
print(load(bin, "bin", "b")())
print(load(bin, "bin", "bt")())
print(pcall(load, "return 1", "c", "x"))
print(select(2, load("return 1", "c", "")))
