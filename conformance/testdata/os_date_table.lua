-- os.date("*t") and "!*t" return a table of fields
local t = os.date("!*t", 1700000000)
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
local z = os.date("!*t", 0)
print(z.year, z.month, z.day, z.hour, z.min, z.sec, z.wday, z.yday, z.isdst)
local l = os.date("*t", 86400 * 365)
print(l.year, l.month, l.day, l.hour)
