-- argument errors from the table library
print(pcall(table.concat, nil))
print(pcall(table.insert, 1, 2))
print(pcall(table.remove, "s"))
print(pcall(table.move, {}, 1))
print(pcall(table.sort, "s"))
print(pcall(table.unpack))
print(pcall(table.concat, {}, ",", "a"))
print(pcall(table.insert, setmetatable({}, {__len = function() return "x" end}), 1))
