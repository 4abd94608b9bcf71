-- large but legal programs and a few limits
local parts = {}
for i = 1, 200 do parts[#parts + 1] = "local v" .. i .. " = " .. i end
print(type(load(table.concat(parts, "\n"))))
parts = {}
for i = 1, 199 do parts[#parts + 1] = "local v" .. i .. " = " .. i end
parts[#parts + 1] = "return v199"
print(load(table.concat(parts, "\n"))())
local deep = string.rep("(", 300) .. "1" .. string.rep(")", 300)
print(pcall(load, "return " .. deep))
local ok = load("return " .. string.rep("(", 150) .. "1" .. string.rep(")", 150))
print(ok and ok())
local big = "return {" .. string.rep("1,", 100000) .. "}"
print(#load(big)())
local ups = {"local f = function() return "}
for i = 1, 256 do table.insert(ups, 1, "local u" .. i .. " = " .. i .. "\n") ups[#ups + 1] = "u" .. i .. (i < 256 and "+" or "") end
ups[#ups + 1] = " end"
print(load(table.concat(ups)))
