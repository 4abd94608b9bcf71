-- error with level 0, 1, 2 and 3
local function lvl(n) error("msg", n) end
local function caller(n) lvl(n) end
local function top(n) caller(n) end
for _, n in ipairs({0, 1, 2, 3, 4}) do print(n, pcall(top, n)) end
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, "no position", 0))
print(pcall(error, "level one"))
print(pcall(function() error("inside", 1) end))
print(pcall(function() error("caller level", 2) end))
print(pcall(function() error() end))
