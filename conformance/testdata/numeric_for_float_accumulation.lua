-- float loops add the step each time and compare with the limit
local c = 0
for x = 0, 1, 0.1 do c = c + 1 end
print(c)
c = 0
for x = 1, 0, -0.1 do c = c + 1 end
print(c)
local last
for x = 0.1, 0.35, 0.05 do last = x end
print(last)
for x = 1e308, math.huge, 1e308 do io.write(x, " ") if x == math.huge then break end end
print()
c = 0
for x = -1, 1, 0.5 do c = c + 1 end
print(c)
