-- table.concat with separators and ranges
local t = {1, 2, "three", 4.5}
print(table.concat(t), table.concat(t, ", "), table.concat(t, "-", 2, 3))
print(table.concat({}), table.concat({}, "x"), table.concat(t, ",", 3, 2), table.concat(t, ",", 4, 4))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
print(pcall(table.concat, {true}))
print(pcall(table.concat, {1}, {}))
local proxy = setmetatable({}, {__index = function(_, i) return "p" .. i end, __len = function() return 3 end})
print(table.concat(proxy, "+"))
print(table.concat({1, 2, 3}, 0))
