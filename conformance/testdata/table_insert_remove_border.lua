-- insert and remove at the border #t+1 and position #t
local t = {1, 2, 3}
table.insert(t, #t + 1, 4)
print(table.concat(t, ","), #t)
print(table.remove(t, #t), table.concat(t, ","))
print(table.remove(t, #t + 1), #t)
local e = {}
table.insert(e, 1, "only")
print(e[1], #e, table.remove(e, 1), #e)
