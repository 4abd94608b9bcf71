-- order in which assignment evaluates tables, keys and values
local log = {}
local function v(x) log[#log + 1] = tostring(x) return x end
local t = {}
t[v(1)], t[v(2)] = v("a"), v("b")
print(table.concat(log, " "), t[1], t[2])
local a = {}
local k = 1
k, a[k] = k + 1, 20
print(k, a[1], a[2])
local x, y = 1, 2
x, y = y, x
print(x, y)
local m = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = "set" .. k; rawset(t, k, v) end})
log = {}
m.p, m.q = 1, 2
print(table.concat(log, " "))
