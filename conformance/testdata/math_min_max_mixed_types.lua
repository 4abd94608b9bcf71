-- min/max across many arguments of mixed subtypes
print(math.max(1, 2, 3.5, 3), math.min(4, 2.0, 2, 3))
print(math.type(math.min(2.0, 2)), math.type(math.min(2, 2.0)))
print(math.max(-0.0, 0), math.min(0, -0.0), math.max(math.mininteger, math.mininteger + 0.0))
local t = {}
for i = 1, 100 do t[i] = (i * 37) % 101 end
print(math.max(table.unpack(t)), math.min(table.unpack(t)))
