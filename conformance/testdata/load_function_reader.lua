-- load with a reader function
local parts = {"return ", "1", " + ", "41"}
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f())
local n = 0
print(load(function() n = n + 1 if n == 1 then return "return 'one piece'" end end)())
print(type(load(function() return nil end)))
print(select("#", load(function() return nil end)()))
local empty = 0
print(type(load(function() empty = empty + 1 if empty == 1 then return "" end return nil end)))
-- inside pcall so that no outer message handler decorates the reader error
print(pcall(load, function() error("reader failed") end))
print(pcall(load, function() return {} end))
local chars, pos = "return 'char by char'", 0
print(load(function() pos = pos + 1 return chars:sub(pos, pos) ~= "" and chars:sub(pos, pos) or nil end)())
