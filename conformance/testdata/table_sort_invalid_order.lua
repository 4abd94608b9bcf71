-- an inconsistent comparator raises "invalid order function for sorting"
local t = {}
for i = 1, 100 do t[i] = (i * 37) % 100 end
local ok, err = pcall(table.sort, t, function(a, b) return true end)
print(ok, err)
local t2 = {}
for i = 1, 50 do t2[i] = 50 - i end
print(pcall(table.sort, t2, function(a, b) return a <= b end))
local errs = {3, 1, 2}
print(pcall(table.sort, errs, function(a, b) error("cmp error") end))
