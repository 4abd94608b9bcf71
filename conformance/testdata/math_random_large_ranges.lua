-- random over large integer ranges
math.randomseed(99)
print(math.random(math.mininteger, -1) < 0, math.random(0, math.maxinteger) >= 0)
print(math.random(math.maxinteger - 1, math.maxinteger) >= math.maxinteger - 1)
local r = math.random(-2^40 | 0, 2^40 | 0)
print(math.type(r), r >= -2^40 and r <= 2^40)
math.randomseed(99)
print(math.random(math.mininteger, math.maxinteger), math.random(-5, 5), math.random(10^12))
