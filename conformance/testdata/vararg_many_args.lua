-- calls with hundreds of arguments and results
local function count(...) return select("#", ...) end
local big = {}
for i = 1, 5000 do big[i] = i end
print(count(table.unpack(big)))
local function sum(...) local s = 0 for _, v in ipairs({...}) do s = s + v end return s end
print(sum(table.unpack(big)))
print(select(4999, table.unpack(big)))
print(math.max(table.unpack(big)), math.min(table.unpack(big)))
local t = {table.unpack(big, 4990)}
print(#t, t[1], t[#t])
print(string.char(table.unpack({72, 101, 108, 108, 111})))
