-- numeric for with integer bounds and steps
for i = 1, 3 do io.write(i, math.type(i), " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 10, 3 do io.write(i, " ") end print()
for i = 10, 1, -4 do io.write(i, " ") end print()
for i = 1, 0 do print("never") end
for i = 5, 5 do io.write("once ", i) end print()
for i = -3, -1 do io.write(i, " ") end print()
local n = 0
for i = 1, 100 do n = n + i end
print(n)
for i = 1, 3.5 do io.write(i, math.type(i), " ") end print()
for i = 1, "3" + 0 do io.write(i, " ") end print()
