-- integer overflow wraps around (two's complement)
local max, min = math.maxinteger, math.mininteger
print(max + 1, max + 1 == min, math.type(max + 1))
print(min - 1, min - 1 == max)
print(max * 2, min * -1, -min, min // -1, min % -1)
print(max * max, min * min, (max // 2 + 1) * 2)
print(max + 1.0, math.type(max + 1.0), max + 0.0 == 2^63)
print(9223372036854775807, -9223372036854775807 - 1)
print(math.ult(max, min), math.abs(min), math.abs(min) == min)
local acc = 1
for i = 1, 70 do acc = acc * 2 end
print(acc)
acc = 1
for i = 1, 25 do acc = acc * 7 end
print(acc)
