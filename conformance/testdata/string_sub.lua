-- sub with all kinds of indexes
local s = "hello world"
print(s:sub(1, 5), s:sub(7), s:sub(-5), s:sub(-5, -3), s:sub(0, 3), s:sub(3, 1))
print(s:sub(12), s:sub(100, 200), s:sub(-100, -50), s:sub(1, -1) == s)
print(s:sub(2.0, 4.0), pcall(s.sub, s, 1.5))
print(s:sub(math.mininteger, 2), s:sub(10, math.maxinteger))
print(("").sub("", 1, 1) == "", string.sub(12345, 2, 3))
