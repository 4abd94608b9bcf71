-- modulo takes the sign of the divisor
for _, a in ipairs({7, -7, 0, 5, -5}) do
  for _, b in ipairs({3, -3, 5}) do
    io.write(string.format("%d%%%d=%d ", a, b, a % b))
  end
  print()
end
print(5.5 % 2, -5.5 % 2, 5.5 % -2, -5.5 % -2)
print(1 % math.huge, -1 % math.huge, 1 % -math.huge, -1 % -math.huge)
print(math.huge % 2 ~= math.huge % 2, 3 % -0.0 ~= 3 % -0.0)
print(math.maxinteger % -1, math.mininteger % -1, math.mininteger % 3)
print(pcall(function() return 1 % 0 end))
print(pcall(function() local z = 0 return 10 % z end))
print(1 % 0.0 ~= 1 % 0.0, 0.3 % 0.1, 10 % 3.0, math.type(10 % 3.0))
