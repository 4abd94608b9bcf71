-- return with calls, parentheses and long lists
local function mr() return 1, 2 end
local function r1() return mr() end
local function r2() return (mr()) end
local function r3() return mr(), mr() end
local function r4() return 0, mr() end
print(r1()) print(r2()) print(r3()) print(r4())
local function many() local t = {} for i = 1, 250 do t[i] = i end return table.unpack(t) end
print(select("#", many()), (select(250, many())))
local function ret(...) return ... end
print(select("#", ret(table.unpack({}, 1, 300))))
