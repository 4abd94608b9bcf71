-- string library: positions, conversions, limits and error texts as in Lua 5.4
print(("hello"):sub(2, -2), ("hello"):sub(-100, 2), ("hello"):sub(4, 100), ("hello"):sub(0)) --> ell	he	lo	hello
print(("hello"):sub(3, 2) == "", ("hello"):sub(math.mininteger, math.maxinteger)) --> true	hello
print(string.byte("abc", 0), string.byte("abc", -1), string.byte("abc", 2, 10)) --> nil	99	98	99
print(select("#", string.byte("")), select("#", string.byte("abc", 1, -1))) --> 0	3
print(pcall(string.byte, "a", 1.5)) --> false	bad argument #2 to 'string.byte' (number has no integer representation)
print(string.char(72, 105), string.char() == "", pcall(string.char, 256)) --> Hi	true	false	bad argument #1 to 'string.char' (value out of range)
print(pcall(string.char, -1)) --> false	bad argument #1 to 'string.char' (value out of range)
print(string.len("\0\0"), #string.reverse("ab\0"), string.upper("a\xe9z") == "A\xe9Z", string.lower("ABC")) --> 2	3	true	abc
print(string.rep("ab", 3, ","), string.rep("x", 0), string.rep("x", -1, "y"), #string.rep("", 1e9)) --> ab,ab,ab			0
print(pcall(string.rep, "x", 2^31)) --> false	resulting string too large
print(pcall(string.rep, "x", 1e10)) --> false	resulting string too large
print(pcall(string.rep, "ab", 2^30, "c")) --> false	resulting string too large
print(string.upper(12), string.len(1.5), string.rep(1, 3), ("x"):rep(2)) --> 12	3	111	xx
print(pcall(string.rep)) --> false	bad argument #1 to 'string.rep' (string expected, got no value)
print(pcall(("x").rep, "x", {})) --> false	bad argument #2 to 'string.rep' (number expected, got table)
print(pcall(string.dump, print)) --> false	unable to dump given function
print(pcall(string.dump)) --> false	bad argument #1 to 'string.dump' (function expected, got no value)
print(type(string.dump(function() return 1 end))) --> string
-- find and match
print(string.find("abc", "b", 1, true), string.find("a.c", ".", 1, true)) --> 2	2	2
print(string.find("abc", "", 10), string.find("abc", "", 4), string.find("abc", "c", -1)) --> nil	4	3	3
print(string.find("abc", "(b)(c)")) --> 2	3	b	c
print(string.match("abc", "((a)(b))")) --> ab	a	b
print(string.match("  x", "^%s*()"), string.match("key = val", "(%w+)%s*=%s*(%w+)")) --> 3	key	val
print(string.find("abc\0\0", "\0."), string.find("a+b", "+", 1, true)) --> 4	2	2
print(pcall(string.find, "abc", "%")) --> false	malformed pattern (ends with '%')
print(pcall(string.match, "abc", "(()")) --> false	unfinished capture
print(pcall(string.find, "abc", "[a")) --> false	malformed pattern (missing ']')
-- gmatch
local words = {}
for w in ("one two  three"):gmatch("%a+") do words[#words + 1] = w end
print(table.concat(words, ",")) --> one,two,three
local pairs_ = {}
for k, v in ("a=1, b=2"):gmatch("(%w+)=(%w+)") do pairs_[#pairs_ + 1] = k .. v end
print(table.concat(pairs_, ";")) --> a1;b2
local pos = {}
for p in ("abc"):gmatch("()") do pos[#pos + 1] = p end
print(table.concat(pos, " ")) --> 1 2 3 4
local it = ("a1b2"):gmatch("%a(%d)")
print(it(), it(), it()) --> 1	2
print(pcall(string.gmatch("abc", "(%w"))) --> false	unfinished capture
local from = {}
for w in ("one two three"):gmatch("%a+", -5) do from[#from + 1] = w end
print(table.concat(from, ",")) --> three
-- gsub
print(string.gsub("hello world", "o", {o = "0"})) --> hell0 w0rld	2
print(string.gsub("hello world", "(l)(l)", "%2%1%0")) --> hellllo world	1
print(string.gsub("abc", "", "-")) --> -a-b-c-	4
print(string.gsub("abc", "b*", "-")) --> -a-c-	3
print(string.gsub("hello", "l+", string.upper)) --> heLLo	1
print(string.gsub("abc", "%w", "%0%0", 2)) --> aabbc	2
print(string.gsub("abc", "%w", "x", -1)) --> abc	0
print(string.gsub("abc", "^a", "x"), string.gsub("abc", "^b", "x")) --> xbc	abc	0
print(string.gsub("abc", "()", "%1")) --> 1a2b3c4	4
print(string.gsub("abc", ".", {a = 1, b = false})) --> 1bc	3
print(string.gsub(123, 2, 9)) --> 193	1
print(string.gsub("abc", ".", function(c) if c ~= "b" then return c:upper() end end)) --> AbC	3
print(pcall(string.gsub, "abc", "b", "%2")) --> false	invalid capture index %2
print(pcall(string.gsub, "abc", "b", "%x")) --> false	invalid use of '%' in replacement string
print(pcall(string.gsub, "abc", "b", function() return {} end)) --> false	invalid replacement value (a table)
print(pcall(string.gsub, "abc", "b", true)) --> false	bad argument #3 to 'string.gsub' (string/function/table expected, got boolean)
print(pcall(string.gsub, "abc", "%w", "x", 2.5)) --> false	bad argument #4 to 'string.gsub' (number has no integer representation)
print(pcall(string.gsub, "abc", ".", function() error("boom") end)) --> false	string.lua:64: boom
print(pcall(string.gsub, "abc", ".", string.rep)) --> false	bad argument #2 to 'string.rep' (number expected, got no value)
-- format
print(string.format("%5.2s|%-5d|%+.3f|%x|%X|%o|%e|%g|%a", "abc", 42, 3.14159, 255, 255, 8, 12345.678, 0.0001, 1)) -->    ab|42   |+3.142|ff|FF|10|1.234568e+04|0.0001|0x1p+0
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5)) --> 3	false	bad argument #2 to 'string.format' (number has no integer representation)
print(pcall(string.format, "%d", "x")) --> false	bad argument #2 to 'string.format' (number expected, got string)
print(string.format("%q", 1/0), string.format("%q", 0/0), string.format("%q", 2^63), string.format("%q", math.mininteger)) --> 1e9999	(0/0)	0x1p+63	0x8000000000000000
print(string.format("%q", "tab\tquote\"nl\\") == '"tab\\9quote\\"nl\\\\"') --> true
print(pcall(string.format, "%10q", 1)) --> false	specifier '%q' cannot have modifiers
print(pcall(string.format, "%q", {})) --> false	bad argument #2 to 'string.format' (value has no literal form)
print(pcall(string.format, "%", 1)) --> false	invalid conversion '%' to 'format'
print(pcall(string.format, "%y", 1)) --> false	invalid conversion '%y' to 'format'
print(pcall(string.format, "%#d", 1)) --> false	invalid conversion specification: '%#d'
print(pcall(string.format, "%0000000000000000000000000000000000000d", 1)) --> false	invalid format (too long)
print(pcall(string.format, "%d")) --> false	bad argument #2 to 'string.format' (no value)
print(string.format("%s|%s", setmetatable({}, {__tostring = function() return "T" end}), nil)) --> T|nil
print(pcall(string.format, "%s", setmetatable({}, {__tostring = function() return {} end}))) --> false	'__tostring' must return a string
print(pcall(string.format, "%10s", "a\0b")) --> false	bad argument #2 to 'string.format' (string contains zeros)
print(string.format("%c%c", 65, 256 + 66), string.format("%-5c|", 65), string.format("%5.1f%%", 99.44)) --> AB	A    |	 99.4%
print(string.format("%p", 1), string.format("%p", {}) ~= string.format("%p", {})) --> (null)	true
print(string.format("%p", string.rep("a", 10)) == string.format("%p", string.rep("aa", 5))) --> true
print(string.format("%p", string.rep("a", 50)) == string.format("%p", string.rep("a", 50))) --> false
-- arithmetic on strings goes through the string metatable
print("10" + 1, "10" * "2", "3" ^ 2, "7" // "2", "7" % "3", -"2", " 0x10 " + 0, "1e2" / 4) --> 11	20	9.0	3	1	-2	16	25.0
print(math.type("10" + 1), math.type("10.0" + 1)) --> integer	float
print(pcall(function() return "abc" + 1 end)) --> false	string.lua:89: attempt to add a 'string' with a 'number'
print(pcall(function() return 1 - "abc" end)) --> false	string.lua:90: attempt to sub a 'number' with a 'string'
print(pcall(function() return -"abc" end)) --> false	string.lua:91: attempt to unm a 'string' with a 'string'
print(pcall(function() return "abc" * {} end)) --> false	string.lua:92: attempt to mul a 'string' with a 'table'
print(pcall(function() return "5" // "0" end)) --> false	attempt to divide by zero
print("abc" + setmetatable({}, {__add = function() return "meta" end})) --> meta
print(getmetatable("").__index == string, ("x"):upper()) --> true	X
-- pack and unpack
print(string.unpack("<i4 >i2 z s1", string.pack("<i4 >i2 z s1", -3, 7, "hi", "yo"))) --> -3	7	hi	yo	13
print(string.packsize("!8 i2 d"), pcall(string.packsize, "s")) --> 16	false	bad argument #1 to 'string.packsize' (variable-length format)
print(pcall(string.pack, "i4")) --> false	bad argument #2 to 'string.pack' (number expected, got nil)
print(pcall(string.pack, "i4i4", 1)) --> false	bad argument #3 to 'string.pack' (number expected, got nil)
print(pcall(string.pack, "b", 200)) --> false	bad argument #2 to 'string.pack' (integer overflow)
print(pcall(string.unpack, "i4", "abcd", 6)) --> false	bad argument #3 to 'string.unpack' (initial position out of string)
print(pcall(string.unpack, ">i9", "\1" .. string.rep("\0", 8))) --> false	9-byte integer does not fit into Lua Integer
print(string.unpack("i4", "\0\0\0\0\1\0\0\0", 5), string.unpack("<I3", "\1\2\3")) --> 1	197121	4
-- Unlike C Lua, a gsub replacement function may yield, and a coroutine suspended in it
-- or a gmatch iterator can be persisted and continued.
local co = coroutine.create(function()
  return string.gsub("a-b-c", "%a", function(c) return coroutine.yield(c) end)
end)
print(coroutine.resume(co)) --> true	a
print(coroutine.resume(co, "X")) --> true	b
local co2 = eris.unpersist(eris.persist(co))
print(coroutine.resume(co2, "Y")) --> true	c
print(coroutine.resume(co2, "Z")) --> true	X-Y-Z	3
print(coroutine.resume(co, "y")) --> true	c
print(coroutine.resume(co, "z")) --> true	X-y-z	3
local words = ("one two three"):gmatch("%a+")
print(words()) --> one
local copy = eris.unpersist(eris.persist(words))
print(copy(), copy(), copy()) --> two	three
print(words(), words()) --> two	three

-- A binary chunk cut short or damaged is refused, saying which.
local chunk = string.dump(function() return "dumped" end)
print(load(chunk)()) --> dumped
print(load(chunk:sub(1, -2))) --> nil	binary string: bad binary format (truncated chunk)
print(load(chunk:sub(1, -2) .. string.char(chunk:byte(-1) ~ 1))) --> nil	binary string: bad binary format (corrupt snapshot: body: checksum mismatch, the snapshot is damaged)
