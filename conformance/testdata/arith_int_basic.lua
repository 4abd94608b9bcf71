-- integer arithmetic keeps the integer subtype
local a, b = 17, 5
for _, v in ipairs({a + b, a - b, a * b, a // b, a % b, -a, a ^ 2, a / b}) do
  print(v, math.type(v))
end
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(0 * -1, math.type(0 * -1))
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 2 ^ 3 ^ 2, -2 ^ 2)
print(10 - 2 - 3, 100 // 10 // 3, 2 * 3 % 4)
print(math.maxinteger, math.mininteger, math.maxinteger + math.mininteger)
