-- table.sort with comparators
local t = {5, 2, 8, 1, 9, 3}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local people = {{n = "bob", a = 30}, {n = "al", a = 25}, {n = "cy", a = 35}}
table.sort(people, function(x, y) return x.a < y.a end)
for _, p in ipairs(people) do io.write(p.n, " ") end print()
local words = {"bb", "a", "ccc", "dd"}
table.sort(words, function(a, b) if #a ~= #b then return #a < #b end return a < b end)
print(table.concat(words, " "))
print(pcall(table.sort, {1, 2}, 42))
local big = {}
for i = 1, 1000 do big[i] = (i * 7919) % 1000 end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[1000])
