-- next over a pure array part goes in index order
local t = {}
for i = 1, 10 do t[i] = i * i end
local out = {}
for k, v in pairs(t) do out[#out + 1] = k .. "=" .. v end
print(table.concat(out, " "))
local k, v = next(t)
print(k, v)
print(next(t, 10))
