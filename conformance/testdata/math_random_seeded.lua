-- math.random is deterministic after randomseed(42)
math.randomseed(42)
local out = {}
for i = 1, 5 do out[#out + 1] = math.random(100) end
print(table.concat(out, " "))
out = {}
for i = 1, 5 do out[#out + 1] = math.random(-10, 10) end
print(table.concat(out, " "))
for i = 1, 3 do print(math.random()) end
print(math.random(0), math.random(0))
print(math.random(math.mininteger, math.maxinteger))
print(math.random(3, 3), math.random(1))
math.randomseed(42)
print(math.random(100))
math.randomseed(1, 2)
print(math.random(1000), math.random(1000))
math.randomseed(42.0)
print(math.random(100))
