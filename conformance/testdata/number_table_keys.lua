-- float keys with integral values are normalised to integers
local t = {}
t[1] = "int"; t[1.0] = "float"; t[2^53] = "big"
print(t[1], #t, t[2^53 | 0])
t[1.5] = "half"; t["1"] = "string"
print(t[1.5], t["1"], t[3/2])
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) .. ":" .. tostring(math.type(k)) end
table.sort(keys)
print(table.concat(keys, " "))
t[-0.0] = "zero"
print(t[0], t[-0.0], math.type(next({[-0.0] = 1})))
