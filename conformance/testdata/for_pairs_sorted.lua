-- pairs visits every key once (printed sorted)
local t = {10, 20, 30, x = 1, y = 2, [1.5] = "f", [true] = "b"}
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
local count = 0
for k in pairs(_G) do count = count + 1 end
print(count > 20)
local arr = {}
for i = 1, 10 do arr[i] = i end
local sum = 0
for k, v in pairs(arr) do sum = sum + k * v end
print(sum)
print(pcall(pairs))
print(select("#", pcall(pairs, nil)))
print(pcall(function() for k in pairs(nil) do end end))
