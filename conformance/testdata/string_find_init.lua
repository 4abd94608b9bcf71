-- init positions for find and match
local s = "one two three two"
print(s:find("two"), s:find("two", 6), s:find("two", -3), s:find("two", 100))
print(s:match("%a+", 5), s:match("%a+", -5), s:match("^%a+", 5), s:match("^%a+", 6))
print(s:find("t%a+", 0), s:find("e", -1), s:find("e", -100))
print(("abc"):find("c", 3), ("abc"):find("c", 4), ("abc"):match("()", 4), ("abc"):match("()", 5))
