-- replacement strings with %% and digits, and non-string repl types
print(("abc"):gsub("b", "%%1"))
print(("abc"):gsub("(b)", "[%1%1]"))
print(("abc"):gsub("b", "%0%0"))
print(("abc"):gsub("b", 5))
print(("abc"):gsub("b", 1.5))
print(pcall(string.gsub, "abc", "b", true))
print(pcall(string.gsub, "abc", "b", nil))
print(pcall(string.gsub, "abc", "(b)", "%9"))
