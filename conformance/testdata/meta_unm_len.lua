-- __unm and __len
local t = setmetatable({1, 2, 3}, {__len = function(t) return 42 end, __unm = function(t) return "negated" end})
print(#t, -t, rawlen(t))
local s = setmetatable({}, {__len = function() return "not a number" end})
print(#s)
local f = setmetatable({}, {__len = function(_, extra) return select("#", _, extra) end})
print(#f)
print(pcall(rawlen, 5))
print(rawlen("abc"), rawlen({1, 2}))
