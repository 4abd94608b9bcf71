-- () captures positions
print(("hello"):match("()ll()"))
print(("hello"):find("()l"))
print(("abc"):gsub("()", "%1"))
print(string.match("  x", "()x"), string.match("x", "x()"))
for a, b in ("a1b2"):gmatch("()%d()") do io.write(a, "-", b, " ") end print()
