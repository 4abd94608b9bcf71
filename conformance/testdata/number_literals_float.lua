-- float literal forms
print(1.0, .5, 5., 3e2, 3E-2, 1.5e+3, 0.0, math.type(5.))
print(1e308, 1e309, 1e-324, 2.5e-310, 123.456e1)
print(3.14159265358979, 1.7976931348623157e308, 4.9e-324)
print(100000000000000, 1e15, 12345678901234567890)
for _, s in ipairs({"1e", "1..2", "0x", "3.4.5", "1e+", ".e1", "0xg"}) do
  print(s, load("return " .. s))
end
