-- sort uses __lt when no comparator is given
local V = {__lt = function(a, b) return a.v < b.v end}
local t = {}
for i, v in ipairs({4, 2, 7, 1}) do t[i] = setmetatable({v = v}, V) end
table.sort(t)
for _, x in ipairs(t) do io.write(x.v, " ") end print()
local proxy = setmetatable({}, {__len = function() return 3 end, __index = {30, 10, 20}})
print(pcall(table.sort, proxy))
print(rawget(proxy, 1), rawget(proxy, 2), rawget(proxy, 3))
print(pcall(table.sort, setmetatable({}, {__len = function() return math.maxinteger end})))
