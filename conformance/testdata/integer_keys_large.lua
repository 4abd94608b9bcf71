-- large and negative integer keys live in the hash part
local t = {}
t[math.maxinteger] = "max"
t[math.mininteger] = "min"
t[-1] = "neg"
t[0] = "zero"
t[2^53] = "float key"
print(t[math.maxinteger], t[math.mininteger], t[-1], t[0], t[2^53 | 0], #t)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(tostring(k), " ") end
print()
print(next({}, nil), rawlen(t))
