-- table.sort with the default order
local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
print(table.concat(t, " "))
local s = {"banana", "apple", "Cherry", "date"}
table.sort(s)
print(table.concat(s, " "))
local m = {3, 1.5, -2, 2^53, 0}
table.sort(m)
print(table.concat(m, " "))
local one, empty = {1}, {}
table.sort(one) table.sort(empty)
print(one[1], #empty)
print(pcall(table.sort, {1, "a", 2}))
print(pcall(table.sort, {{}, {}}))
