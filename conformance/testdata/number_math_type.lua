-- math.type and type for numbers and non-numbers
for _, v in ipairs({1, 1.0, -0, -0.0, 2^31, 1 // 1, 1 / 1, "1", math.huge}) do
  print(type(v), math.type(v))
end
print(math.type(nil), math.type({}), math.type("10"))
print(pcall(math.type))
