-- rep refuses results that would be too large
print(pcall(string.rep, "x", math.maxinteger))
print(pcall(string.rep, "abc", 2^62 | 0))
print(pcall(string.rep, "x", 2^31, "sep"))
