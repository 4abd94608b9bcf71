-- a library argument error at top level
print(string.rep("ab", 2))
print(("x"):rep({}))
