-- argument checks of math.random and its ranges
math.randomseed(7)
print(pcall(math.random, 0, -1))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 1.5))
print(pcall(math.random, "a"))
local ok = true
for i = 1, 1000 do local r = math.random(5, 7) if r < 5 or r > 7 or math.type(r) ~= "integer" then ok = false end end
print(ok)
for i = 1, 1000 do local r = math.random() if r < 0 or r >= 1 then ok = false end end
print(ok, math.type(math.random()))
print(select("#", math.randomseed(3)))
