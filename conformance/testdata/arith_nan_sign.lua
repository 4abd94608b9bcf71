-- the sign of the NaN that % and ^ give, as glibc's fmod and pow give it on x86-64:
-- an invalid operation gives -nan, a NaN operand passes through, and pow negates the
-- square of a NaN base for odd integer exponents
local n1, n2 = 0/0, -(0/0)
local inf = math.huge
local cases = {
  {"inf % 1", inf % 1}, {"-inf % 2", -inf % 2}, {"1 % 0.0", 1 % 0.0},
  {"0.0 % 0", 0.0 % 0}, {"n1 % 1", n1 % 1}, {"n2 % 1", n2 % 1},
  {"1 % n2", 1 % n2}, {"n1 % n2", n1 % n2}, {"n2 % n1", n2 % n1},
  {"(-8) ^ 0.5", (-8) ^ 0.5}, {"(-2) ^ (1/3)", (-2) ^ (1/3)},
  {"2 ^ n2", 2 ^ n2}, {"n1 ^ n2", n1 ^ n2}, {"n2 ^ n1", n2 ^ n1},
  {"1 ^ n1", 1 ^ n1}, {"n1 ^ 0", n1 ^ 0},
}
for _, y in ipairs{2, 3, -3, 4, 0.5, 2^53, 2^52 + 1, inf} do
  cases[#cases + 1] = {"n1 ^ " .. y, n1 ^ y}
  cases[#cases + 1] = {"n2 ^ " .. y, n2 ^ y}
  cases[#cases + 1] = {"math.pow(n1, " .. y .. ")", math.pow(n1, y)}
end
for _, c in ipairs(cases) do
  print(c[1], c[2], string.format("%.1f", c[2]))
end
local a, b = 1, 0.0
print(a % b, (-a) ^ 0.5)
