-- errors raised by __tostring propagate out of print and tostring
local bad = setmetatable({}, {__tostring = function() error("tostring exploded") end})
print(pcall(print, "before", bad))
print(pcall(tostring, bad))
print(pcall(string.format, "%s", bad))
local nonstring = setmetatable({}, {__tostring = function() return true end})
print(pcall(tostring, nonstring))
