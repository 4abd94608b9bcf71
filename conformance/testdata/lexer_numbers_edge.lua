-- numerals next to other tokens
print(load("return 1..2", "=n"))
print(load("return 1 .. 2", "=n")())
print(load("return 0x1.p1", "=n")(), load("return 3e", "=n"))
print(load("return 08", "=n")(), load("return 0x", "=n"))
print(load("return 1x", "=n"))
print(load("return 1.5.6", "=n"))
print(load("return .5", "=n")(), load("return 5 .x", "=n"))
