-- table.move within and between tables
local t = {1, 2, 3, 4, 5}
table.move(t, 1, 3, 3)
print(table.concat(t, ","))
t = {1, 2, 3, 4, 5}
table.move(t, 3, 5, 1)
print(table.concat(t, ","))
local dst = table.move({1, 2, 3}, 1, 3, 2, {"x"})
print(table.concat(dst, ","))
print(#table.move({}, 1, 0, 1, {}))
print(table.move({1}, 1, 1, 1) ~= nil)
print(pcall(table.move, {}, 1, math.maxinteger, 2))
print(pcall(table.move, {}, -1, math.maxinteger, 1))
print((pcall(table.move, {1}, 1, 1, math.maxinteger)))
local log = {}
local src = setmetatable({}, {__index = function(_, k) log[#log + 1] = "get" .. k return k end})
local d = setmetatable({}, {__newindex = function(tt, k, v) log[#log + 1] = "set" .. k rawset(tt, k, v) end})
table.move(src, 1, 3, 1, d)
print(table.concat(log, " "))
