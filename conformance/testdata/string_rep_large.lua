-- rep builds large strings
local s = ("abc"):rep(100000)
print(#s, s:sub(1, 6), s:sub(-3))
local sep = ("x"):rep(1000, ", ")
print(#sep, sep:sub(1, 7))
local big = ("-"):rep(2^20)
print(#big, #big:rep(4))
