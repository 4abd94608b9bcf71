-- %q quotes strings and numbers so they read back
local f = string.format
print(f("%q", 'he said "hi"\n\tand left\\'))
print(f("%q", "\0\1\0011\127\200\255"))
print(f("%q", "\r\n"))
print(f("%q", 1), f("%q", -1), f("%q", math.mininteger), f("%q", math.maxinteger))
print(f("%q", 1.5), f("%q", 0.1), f("%q", 1e100), f("%q", -0.0))
print(f("%q", math.huge), f("%q", -math.huge), f("%q", 0/0))
print(f("%q", nil), f("%q", true), f("%q", false))
print(pcall(f, "%q", {}))
print(pcall(f, "%10q", "x"))
local s = "line1\nline2\0end\"q\""
print(load("return " .. f("%q", s))() == s)
print(load("return " .. f("%q", 2^63))() == 2^63, math.type(load("return " .. f("%q", 7))()))
