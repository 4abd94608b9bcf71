-- %1-%9 back-references inside patterns
print(("hello"):match("(l)%1"), ("abba"):match("(.)(.)%2%1"))
print(('say "hi" or \'yo\''):gsub("([\"'])(.-)%1", "<%2>"))
print(("xyzxyz"):match("^(.+)%1$"), ("xyzxy"):match("^(.+)%1$"))
print(pcall(string.match, "aa", "(a)%2"))
print(pcall(string.match, "aa", "%1"))
print(pcall(string.match, "aa", "(a%1)"))
print(("a=a"):match("(%w)=%1"), ("()x"):match("()%1") == nil)
