-- float modulo and floor division with negative and fractional operands
for _, a in ipairs({5.5, -5.5, 0.5, -0.5}) do
  for _, b in ipairs({2.0, -2.0, 0.25}) do
    io.write(string.format("%g,%g:%g,%g ", a, b, a % b, a // b))
  end
  print()
end
print(1e308 % 3, -1e308 % 3, 5 % 1e308, -5 % 1e308)
