-- floor and ceil return integers when they fit
for _, v in ipairs({3.7, -3.7, 3, -3, 0.5, -0.5, 2^53 + 0.0, 1e100, -0.0}) do
  local f, c = math.floor(v), math.ceil(v)
  print(v, f, math.type(f), c, math.type(c))
end
print(math.floor(math.huge), math.ceil(-math.huge))
print(pcall(math.floor, "x"), math.floor("3.5"))
print(math.floor(2^62 + 0.0), math.ceil(-2^63))
