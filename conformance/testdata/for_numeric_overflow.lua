-- numeric for loops near the integer limits do not wrap
local max, min = math.maxinteger, math.mininteger
for i = max - 2, max do io.write(i, " ") end print()
for i = min + 2, min, -1 do io.write(i, " ") end print()
local c = 0
for i = max - 10, max, 4 do c = c + 1 end
print(c)
for i = min, min + 5, max do io.write(i, " ") end print()
for i = max, max do io.write("single ", i) end print()
for i = 1, max, max do io.write(i, " ") end print()
for i = -1, min, min do io.write(i, " ") end print()
c = 0
for i = max - 1, 1e100 do c = c + 1 end
print(c)
for i = 0, 2^63 do if i > 2 then break end io.write(i, math.type(i), " ") end print()
for i = 1, -2^63 do print("never") end
for i = 3, 1.5 do print("never") end
for i = 1, 2.9 do io.write(i, " ") end print()
for i = -1, -2.5, -1 do io.write(i, " ") end print()
