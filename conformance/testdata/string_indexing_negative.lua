-- negative string positions count from the end
local s = "abcdef"
print(s:sub(-3), s:sub(-3, -2), s:sub(2, -2), s:sub(-100, 2), s:sub(5, 100))
print(s:sub(0), s:sub(4, 3), s:sub(-1, -1), s:sub(math.mininteger, math.maxinteger))
print(s:byte(-1), s:byte(-6), s:byte(-7), s:byte(10))
print(s:find("c", -4), s:find("c", -3), s:find("", 100), s:find("", 7))
print(("x"):rep(0), ("x"):rep(-5), ("ab"):rep(3, ","), ("ab"):rep(1, ","))
