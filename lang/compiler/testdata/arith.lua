-- arithmetic: immediate and constant operands, metamethod fallbacks, folding
local a, b = ...
local x
x = a + 1
x = 1 + a
x = a + 200
x = a - 1
x = a - 200
x = 1 - a
x = a * 2
x = 2 * a
x = a * 2.5
x = a / 2
x = a // 3
x = a % 4
x = a ^ 2
x = 2 ^ a
x = a + b
x = a - b
x = a * b / b
x = a // b % b ^ b
x = -a
x = #a
x = ~a
-- bitwise
x = a & 0xff
x = 0xff & a
x = a | 1
x = a ~ b
x = a << 2
x = 2 << a
x = a << b
x = a >> 3
x = 3 >> a
x = a >> b
x = a << -3
x = a & 1.0
x = a | 2.5
-- folding
x = 2 + 3 * 4
x = 7 // 2, 7 % -3, -7 // 2.0
x = 2 ^ 10
x = 1 / 3
x = 10 / 2
x = 3 & 5 | 8 ~ 1
x = 1 << 62, 1 << 64, -1 >> 1
x = ~0, - -3, -(2.5)
x = 0x7fffffffffffffff + 1
x = 9007199254740993 * 1.0
-- not folded
x = 1 / 0
x = 1 // 0
x = 1 % 0
x = 0 / 0
x = -0.0
x = 0.0 * -1
x = 1.5 & 1
x = ~1.5
x = 3 - 3.0
x = "10" + 1
-- constants that need registers or LOADK
x = a + 1000
x = a + 2^53
x = 70000
x = -70000
x = 65535.0
x = 1e100
x = 0.5
x = math.huge
return x
