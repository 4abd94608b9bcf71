-- utf8.codepoint with ranges and lax mode
local s = "häll€"
print(utf8.codepoint(s, 1, -1))
print(utf8.codepoint(s), utf8.codepoint(s, 2), utf8.codepoint(s, -3))
print(pcall(utf8.codepoint, s, 3))
print(pcall(utf8.codepoint, "\xff"))
print(pcall(utf8.codepoint, s, 10))
print(select("#", utf8.codepoint(s, 4, 3)))
print(pcall(utf8.codepoint, "\u{D800}"))
print(utf8.codepoint("\u{D800}", 1, 1, true))
print(pcall(utf8.codepoint, "\u{7FFFFFFF}"))
print(utf8.codepoint("\u{7FFFFFFF}", 1, 1, true))
