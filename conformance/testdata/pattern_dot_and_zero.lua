-- . matches any byte including newline and zero
print(("a\nb"):match("a.b") == "a\nb", ("a\0b"):match("a.b") == "a\0b")
print(("\0\0\0"):gsub(".", "x"))
print(("x\0y"):match("%z") == nil, ("x\0y"):find("[\0]"))
print(("abc\0def"):match("(.-)%z"), ("abc\0def"):match("%z(.*)"))
print(#("a\0"):rep(3):gsub("%Z", ""))
