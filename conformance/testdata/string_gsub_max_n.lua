-- the fourth argument of gsub limits replacements
print(("aaaa"):gsub("a", "b", 2))
print(("aaaa"):gsub("a", "b", 0))
print(("aaaa"):gsub("a", "b", -1))
print(("aaaa"):gsub("a", "b", 10))
print(("aaaa"):gsub("a", "b", 2.0))
print(pcall(string.gsub, "aaaa", "a", "b", 1.5))
print(("abc"):gsub("", "-", 2))
