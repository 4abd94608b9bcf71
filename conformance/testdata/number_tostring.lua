-- number to string conversion (%.14g and integer forms)
local vals = {1, -1, 0, 1.0, -0.0, 0.1, 1/3, 2/3, 100.0, 1e15, 1e16, 1e100,
  123456.789, 2^53, 2^63, -2^63, 1e-7, 5e-324, math.pi, -math.pi, 255 / 5,
  math.maxinteger, math.mininteger, 3.14159265358979, 1e14 + 0.5}
for _, v in ipairs(vals) do print(tostring(v), v .. "", string.format("%s", v)) end
print(math.huge, -math.huge, tostring(1e308 * 10))
