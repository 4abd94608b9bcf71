-- long concatenation expressions and repeated concat in loops
local parts = {}
for i = 1, 150 do parts[i] = "'" .. i % 10 .. "'" end
local f = load("return " .. table.concat(parts, " .. "))
print(#f(), f():sub(1, 20))
local s = ""
for i = 1, 1000 do s = s .. (i % 10) end
print(#s, s:sub(-10))
local mixed = 1 .. 2.5 .. "x" .. -3 .. 2^63
print(mixed)
