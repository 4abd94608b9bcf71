-- invalid conversions and arguments for os.date
print(pcall(os.date, "%Q", 0))
print(pcall(os.date, "%E", 0))
print(pcall(os.date, "%", 0))
print(pcall(os.date, "!%Y", "x"))
print(pcall(os.date, "!%Y", 1.5))
print(os.date("!%Ec", 0), os.date("!%Oy", 0))
print(type(os.date()), type(os.date("%Y")))
print(pcall(os.date, "!%Y", 2^60))
