-- %g and %G choose between fixed and exponent forms
local f = string.format
for _, v in ipairs({0, 1, 0.1, 100000, 1000000, 1e-4, 1e-5, 123456789, 0.000123456, 1/3, 2^53, -1.5e300}) do
  io.write(f("%g|%G|%.3g|%10.2g|%#g", v, v, v, v, v), "\n")
end
print(f("%g|%g|%g", math.huge, -math.huge, -0.0))
print(f("%.14g|%.17g|%.0g|%.1g", 0.1, 0.1, 123, 0.06))
print(f("%g", 100), f("%g", 3), f("%g", 1e20), f("%G", 1e-20))
