-- float arithmetic and the float subtype
local x, y = 7.5, 2.0
for _, v in ipairs({x + y, x - y, x * y, x / y, x // y, x % y, x ^ y, -x}) do
  print(v, math.type(v))
end
print(1 + 2.0, math.type(1 + 2.0), 3 * 1.0, 4 / 2, math.type(4 / 2))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e300 * 1e10, -1e300 * 1e10)
print(-0.0, 0.0 == -0.0, 1 / -0.0, 1 / 0.0)
print(5.5 // 2, -5.5 // 2, 5.5 % 2, -5.5 % 2, 5.5 % -2)
print(2^53, 2^53 + 1, 2^63, -2^63, 2^-1074, 2^1024)
print(1e15, 1e16, 123456789012345.0, 1234567890123456.0, 0.1, 1/3)
print(3.0, -3.0, 1e100, 1.5e-10, 100.0, 1e14, 1e-5)
