-- remove shifts later elements down; insert shifts them up
local t = {"a", "b", "c", "d", "e"}
table.remove(t, 2)
print(table.concat(t, ","), #t, t[5])
table.insert(t, 2, "B")
print(table.concat(t, ","), #t)
local n = {1, 2, 3}
n[#n + 1] = nil
print(table.remove(n, #n + 1), #n)
local holes = {1, 2, 3, nil, 5}
print(#holes == 5 or #holes == 3)
