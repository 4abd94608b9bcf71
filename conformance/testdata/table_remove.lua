-- table.remove from the end, the front, and edge positions
local t = {1, 2, 3, 4, 5}
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t, 2), table.concat(t, ","))
print(table.remove(t, #t + 1), #t)
local e = {}
print(table.remove(e), table.remove(e, 0), table.remove(e, #e))
print(pcall(table.remove, e, 2))
print(pcall(table.remove, {1, 2}, 5))
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
print(pcall(table.remove))
