-- tostring of numbers, booleans, nil and strings
for _, v in ipairs({0, -0, 1.5, -1.5, 1e300, 2^63, math.mininteger, 255 // 1, 7.0}) do io.write(tostring(v), " ") end
print()
print(tostring(nil), tostring(false), tostring("x"), tostring(""), tostring("\0"):len())
print(select("#", tostring(1)), pcall(tostring))
