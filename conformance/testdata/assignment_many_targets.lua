-- assignments with many targets and values
local src = {}
local names = {}
for i = 1, 100 do names[i] = "v" .. i end
src[#src + 1] = "local " .. table.concat(names, ", ") .. " = " .. table.concat({table.unpack(names)}, ", "):gsub("v", "") 
src[#src + 1] = "return v1 + v50 + v100"
print(load(table.concat(src, "\n"))())
local a, b, c, d, e = 1, 2
print(a, b, c, d, e)
local t = {}
t.x, t.y, t.z = (function() return 1, 2, 3 end)()
print(t.x, t.y, t.z)
