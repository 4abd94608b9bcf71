-- pcall and xpcall pass through any number of results
local function many(n) local t = {} for i = 1, n do t[i] = i end return table.unpack(t) end
print(select("#", pcall(many, 0)), select("#", pcall(many, 250)), (select(251, pcall(many, 250))))
print(select("#", xpcall(many, print, 100)))
print(pcall(select, "#", nil, nil))
