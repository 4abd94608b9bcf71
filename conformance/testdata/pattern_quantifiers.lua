-- *, +, - and ? quantifiers
local s = "<a><b><c>"
print(s:match("<.*>"), s:match("<.->"), s:match("<.+>"))
print(("aaab"):match("a-b"), ("aaab"):match("a*"), ("b"):match("a*b"), ("b"):match("a+b"))
print(("color colour"):gsub("colou?r", "C"))
print(("+-12"):match("[+-]?%d+"), ("--x"):match("%-+"))
print((""):match(".*"), (""):match(".-"), (""):match(".+"))
print(("aaa"):gsub("a-", "x"), ("aaa"):gsub("a?", "x"))
print(string.rep("a", 50):match("a*a*a*a*b"))
