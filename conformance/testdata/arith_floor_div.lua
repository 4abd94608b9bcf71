-- floor division rounds toward minus infinity for ints and floats
local cases = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}, {0, 5}, {1, 7}}
for _, c in ipairs(cases) do
  local a, b = c[1], c[2]
  local i, f = a // b, (a + 0.0) // b
  print(a, b, i, math.type(i), f, math.type(f))
end
print(7.5 // 0.5, 1 // 0.3, -1 // 0.3, 1e308 // 1e-308)
print(math.mininteger // -1, math.mininteger // 1)
print(pcall(function() return 3 // 0 end))
print(3.0 // 0, -3.0 // 0, 0.0 // 0 ~= 0.0 // 0, 3 // 0.0, -3 // 0.0)
