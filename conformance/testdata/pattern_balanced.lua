-- %b matches balanced pairs
print(("f(a(b)c) d(e)"):match("%b()"))
print(("f(a(b)c) d(e)"):gsub("%b()", "[]"))
print(("[[x]] [y"):match("%b[]"), ("no parens"):match("%b()"))
print(("<<a>b>"):match("%b<>"), ("\"q\" rest"):match('%b""'))
print(pcall(string.find, "x", "%b"))
print(pcall(string.find, "x", "%bx"))
print(("((())"):match("%b()"), (")("):match("%b()"))
