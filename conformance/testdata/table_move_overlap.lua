-- move handles overlapping ranges in both directions
local t = {1, 2, 3, 4, 5, 6, 7, 8}
table.move(t, 1, 5, 4)
print(table.concat(t, ","))
t = {1, 2, 3, 4, 5, 6, 7, 8}
table.move(t, 4, 8, 1)
print(table.concat(t, ","))
t = {1, 2, 3}
table.move(t, 1, 3, 1)
print(table.concat(t, ","))
local r = table.move({1, 2, 3}, 2, 3, 10)
print(r[10], r[11], #r >= 3)
