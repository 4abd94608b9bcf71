-- unary minus on ints, floats, strings and limits
print(-1, - -1, -(-1), -0, -0.0, math.type(-0))
print(-math.mininteger, -math.maxinteger, -(2^63))
print(-"2", math.type(-"2"), -"2.5", -"0x10", -" 7 ")
local s = "10"
print(-s, math.type(-s))
print(pcall(function() return -"abc" end))
print(pcall(function() return -{} end))
print(pcall(function() local t = {} return -t.x end))
