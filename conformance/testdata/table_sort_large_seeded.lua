-- sorting many pseudo-random values
math.randomseed(123)
local t = {}
for i = 1, 5000 do t[i] = math.random(1, 1000000) end
table.sort(t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
print(ok, t[1], t[2500], t[5000])
table.sort(t, function(a, b) return a > b end)
print(t[1], t[5000])
local strs = {}
for i = 1, 500 do strs[i] = tostring(math.random(1, 1e6)) end
table.sort(strs)
print(strs[1], strs[500])
local floats = {}
for i = 1, 100 do floats[i] = math.random() end
table.sort(floats)
print(floats[1] <= floats[100])
