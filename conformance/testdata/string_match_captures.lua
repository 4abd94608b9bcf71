-- nested, empty and position captures
print(("abcd"):match("((a)(b))((c)(d))"))
print(("hello"):match("(h)(e)(l)(l)(o)"))
print(("date 2024-05-06"):match("((%d+)-(%d+))-(%d+)"))
print(("xyz"):match("()(y)()"))
print(("aaa"):match("(a*)(a)"))
print(pcall(string.match, "a", "(((((((((((((((((((((((((((((((((a)))))))))))))))))))))))))))))))))"))
print(pcall(string.match, "a", "(a"))
print(pcall(string.match, "a", "a)"))
