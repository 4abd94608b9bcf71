-- x^y, math.exp and math.log give the correctly rounded result, as glibc's pow, exp
-- and log do nearly always (Go's math package was off by an ulp on these)
local function show(label, v) print(label, string.format("%.17g %a", v, v)) end
local pows = {
  {0x1.33db9b72f615bp+4, -0x1.e2bb5a4fdbc1fp+1}, {0x1.d3b53266894f8p+5, 0x1.ad9ea056c84d0p-2},
  {0x1.1b2122a7bd8bdp+6, -0x1.85d2d5851af2ep+1}, {0x1.365ea64ddcc90p+5, -0x1.3856463112a14p+0},
  {0x1.2bba668d8c80ep+6, -0x1.3c572e303acc6p+2}, {1.1, 10}, {2.5, 1.37}, {-3, 3}, {10, -300},
  {7, 0.5}, {0.1, 3}, {123.456, -2.5},
}
for _, p in ipairs(pows) do show(string.format("%a ^ %a", p[1], p[2]), p[1] ^ p[2]) end
for _, x in ipairs{-0x1.e2bb5a4fdbc1fp+1, 0x1.b5afdf40dbfb4p+1, 0x1.f720065614f04p+1,
    -0x1.398e3a115dc2dp+1, 1, 0.5, -700, 700} do
  show(string.format("exp(%a)", x), math.exp(x))
end
for _, x in ipairs{0x1.1b2122a7bd8bdp+6, 0x1.295eaec6ae43fp+5, 0x1.5e433c2267290p+2,
    0x1.5a32f29e9856bp+4, 10, 2, 1e300, 1e-300} do
  show(string.format("log(%a)", x), math.log(x))
  show(string.format("log(%a, 3)", x), math.log(x, 3))
end
local s = 0
for i = 1, 2000 do s = s + (i * 0.0137) ^ 1.37 + math.exp(i / 300) + math.log(i * 1.7) end
show("sum", s)
