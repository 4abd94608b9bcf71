-- match returns captures or the whole match
print(("hello 123 world"):match("%d+"))
print(("key: value"):match("(%w+): (%w+)"))
print(("no digits"):match("%d+"))
print(("abc"):match(".-b"), ("abc"):match("a(.*)"), ("abc"):match("()c"))
print(("[test]"):match("%[(.-)%]"), ("2+2=4"):match("%d%+%d"))
print(("  padded  "):match("^%s*(.-)%s*$") .. "|")
print(pcall(string.match, "x"))
print(("x"):match(""), ("x"):match("()"), ("x"):match("(x)()"))
