-- anchored patterns in gsub replace at most once
print(("aaa"):gsub("^a", "b"))
print(("hello"):gsub("^h?", "X"))
print(("  x  "):gsub("^%s+", ""))
print(("  x  "):gsub("%s+$", ""))
print(("line1\nline2"):gsub("^", "> "))
print(("abc"):gsub("$", "!"))
