-- integer division and modulo near the limits
local min, max = math.mininteger, math.maxinteger
print(min // 2, min // -2, max // 2, max // -2, min % 2, max % -2)
print(min // max, max // min, min % max, max % min)
print(min // 3, min % 3, min // -3, min % -3)
print(max // 1, max % 1, min // 1)
