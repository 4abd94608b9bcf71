-- utf8 library: strict and lax decoding, positions and error texts as in Lua 5.4
print(utf8.char(72, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF):byte(1, -1)) --> 72	223	191	224	160	128	239	191	191	240	144	128	128	244	143	191	191
print(utf8.char(0x110000, 0x3FFFFFF, 0x7FFFFFFF):byte(1, -1)) --> 244	144	128	128	251	191	191	191	191	253	191	191	191	191	191
print(utf8.char() == "", pcall(utf8.char, 0x80000000)) --> true	false	bad argument #1 to 'utf8.char' (value out of range)
print(pcall(utf8.char, -1)) --> false	bad argument #1 to 'utf8.char' (value out of range)
print(pcall(utf8.char, "x")) --> false	bad argument #1 to 'utf8.char' (number expected, got string)
print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*") --> true
print(utf8.len("h\u{E4}ll\u{20AC}"), utf8.len("\xff"), utf8.len("a\xffb"), utf8.len("abc", 4)) --> 5	nil	nil	0
print(pcall(utf8.len, "abc", 5)) --> false	bad argument #2 to 'utf8.len' (initial position out of bounds)
print(pcall(utf8.len, "abc", 1, 4)) --> false	bad argument #3 to 'utf8.len' (final position out of bounds)
print(pcall(utf8.len, "abc", 0)) --> false	bad argument #2 to 'utf8.len' (initial position out of bounds)
print(utf8.len("\u{D800}"), utf8.len("\u{D800}", 1, -1, true), utf8.len("\u{7FFFFFFF}", 1, -1, true)) --> nil	1	1
print(utf8.len("\xF4\x90\x80\x80"), utf8.len("\xC0\x80"), utf8.len("\xE0\x80\x80"), utf8.len("abc", -1)) --> nil	nil	nil	1
print(utf8.codepoint("h\u{E4}ll\u{20AC}", 1, -1)) --> 104	228	108	108	8364
print(pcall(utf8.codepoint, "\xff")) --> false	invalid UTF-8 code
print(pcall(utf8.codepoint, "abc", 0)) --> false	bad argument #2 to 'utf8.codepoint' (out of bounds)
print(pcall(utf8.codepoint, "abc", 1, 4)) --> false	bad argument #3 to 'utf8.codepoint' (out of bounds)
print(select("#", utf8.codepoint("abc", 3, 2)), utf8.codepoint("\u{D800}", 1, 1, true), utf8.codepoint("abc", -1)) --> 0	55296	99
print(pcall(utf8.codepoint, "\u{D800}")) --> false	invalid UTF-8 code
print(utf8.offset("a\u{20AC}b", 1), utf8.offset("a\u{20AC}b", 2), utf8.offset("a\u{20AC}b", 3), utf8.offset("a\u{20AC}b", 4), utf8.offset("a\u{20AC}b", 5)) --> 1	2	5	6	nil
print(utf8.offset("a\u{20AC}b", -1), utf8.offset("a\u{20AC}b", -2), utf8.offset("a\u{20AC}b", -3), utf8.offset("a\u{20AC}b", -4)) --> 5	2	1	nil
print(utf8.offset("a\u{20AC}b", 0, 3), utf8.offset("a\u{20AC}b", 0, 2), utf8.offset("", 1), utf8.offset("", -1)) --> 2	2	1	nil
print(pcall(utf8.offset, "a\u{20AC}b", 1, 3)) --> false	initial position is a continuation byte
print(pcall(utf8.offset, "abc", 1, 5)) --> false	bad argument #3 to 'utf8.offset' (position out of bounds)
print(pcall(utf8.offset, "abc", 1, 0)) --> false	bad argument #3 to 'utf8.offset' (position out of bounds)
local seen = {}
for p, c in utf8.codes("a\u{E9}\u{20AC}\u{1F600}") do seen[#seen + 1] = p .. ":" .. c end
print(table.concat(seen, " ")) --> 1:97 2:233 4:8364 7:128512
seen = {}
for p, c in utf8.codes("\u{D800}", true) do seen[#seen + 1] = p .. ":" .. c end
print(table.concat(seen, " ")) --> 1:55296
print(pcall(function() for _ in utf8.codes("a\xffb") do end end)) --> false	utf8.lua:32: invalid UTF-8 code
print(pcall(function() for _ in utf8.codes("\u{D800}") do end end)) --> false	utf8.lua:33: invalid UTF-8 code
print(pcall(utf8.codes, {})) --> false	bad argument #1 to 'utf8.codes' (string expected, got table)
local f, s, i = utf8.codes("ab")
print(s, i, f(s, i), f(s, 1), f(s, 2), f(s, -5)) --> ab	0	1	2	nil
