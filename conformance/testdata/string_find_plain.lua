-- string.find with the plain flag
print(("a.b.c"):find(".", 1, true), ("a.b.c"):find("."))
print(("x+y"):find("+", 1, true), ("(x)"):find("(", 1, true))
print(("hello"):find("l"), ("hello"):find("lo"), ("hello"):find("xyz"))
print(("hello"):find(""), ("hello"):find("", 3), ("hello"):find("", 6), ("hello"):find("", 7))
print(("abcabc"):find("bc", 3, true), ("aaa"):find("aa", 2, true))
print(("a%b"):find("%", 1, true), pcall(string.find, "a%b", "%"))
print(("abc"):find("b", nil, true), ("abc"):find("c", -1, true))
