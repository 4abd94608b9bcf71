-- float results of the generator after fixed seeds
math.randomseed(0)
local out = {}
for i = 1, 4 do out[#out + 1] = string.format("%.17g", math.random()) end
print(table.concat(out, " "))
math.randomseed(123456789, 987654321)
out = {}
for i = 1, 4 do out[#out + 1] = math.random(1, 6) end
print(table.concat(out, " "))
math.randomseed(-1)
print(math.random(1, 1000), math.random(math.maxinteger))
