-- debug.getinfo for Lua and C functions
local function sample(a, b, ...) return a end
local info = debug.getinfo(sample)
local keys = {}
for k, v in pairs(info) do if type(v) ~= "function" and type(v) ~= "table" then keys[#keys + 1] = k .. "=" .. tostring(v) end end
table.sort(keys)
print(table.concat(keys, "\n"))
info = debug.getinfo(print)
keys = {}
for k, v in pairs(info) do if type(v) ~= "function" and type(v) ~= "table" then keys[#keys + 1] = k .. "=" .. tostring(v) end end
table.sort(keys)
print(table.concat(keys, " "))
print(debug.getinfo(sample, "f").func == sample, debug.getinfo(1, "l").currentline)
print(debug.getinfo(100), pcall(debug.getinfo, 1, "?"))
print(pcall(debug.getinfo, "x"))
