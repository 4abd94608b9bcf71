-- difftime returns floats; clock returns a float
print(os.difftime(10, 5), os.difftime(5, 10), math.type(os.difftime(1, 1)))
print(os.difftime(1700000000, 0))
print(pcall(os.difftime))
print(pcall(os.difftime, 1))
print(math.type(os.clock()), os.clock() >= 0)
