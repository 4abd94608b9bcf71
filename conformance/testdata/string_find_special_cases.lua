-- find with empty patterns, huge init and anchored patterns
print((""):find(""), (""):find("", 1), (""):find("", 2), (""):find("x"))
print(("abc"):find("", 10), ("abc"):find("", -10), ("abc"):find("^", 2))
print(("abc"):find("^b", 2), ("abc"):find("^b"), ("aaa"):find("a", math.mininteger))
print(("abc"):find("b", math.maxinteger), ("abc"):find(".", 4))
print(pcall(string.find, "abc"))
print(pcall(string.find, nil, "x"))
