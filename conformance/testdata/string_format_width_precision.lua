-- width and precision limits
local f = string.format
print(f("%99d", 1):len(), f("%.99f", 1):len())
print(pcall(f, "%100d", 1))
print(pcall(f, "%.100f", 1))
print(pcall(f, "%1000s", "x"))
print(pcall(f, "%1$s", "x"))
