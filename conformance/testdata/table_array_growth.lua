-- arrays grow and shrink through the length operator
local t = {}
for i = 1, 1000 do t[#t + 1] = i end
print(#t, t[1], t[1000])
for i = 1000, 501, -1 do t[i] = nil end
print(#t)
local s = 0
for i, v in ipairs(t) do s = s + v end
print(s)
local pre = table.pack(table.unpack(t, 1, 10))
print(pre.n, #pre)
local filled = {n = 0}
for i = 1, 100 do filled[i] = i * 2 end
print(#filled, filled.n)
