-- an integer and a float operand give a float for every operator
local i, f = 6, 4.0
for _, r in ipairs({i + f, i - f, i * f, i / f, i // f, i % f, i ^ f, f + i, f // i, f % i}) do
  io.write(tostring(r), ":", math.type(r), " ")
end
print()
print(1 + 0.0, 0.0 * -1, -0.0 + 0, 0 * -1.0, 3 % -math.huge, -3 % math.huge)
print(2^63 // 1, math.maxinteger // 1.0, math.mininteger * 1.0, -(-0.0))
