-- print uses __tostring and __name; tab separators, newline at end
local t = setmetatable({}, {__tostring = function() return "T!" end})
print(t, 1, nil, false, "s", 2.5)
print()
print(nil)
print("a", "b")
local bad = setmetatable({}, {__tostring = function() return {} end})
print(pcall(print, bad))
local tostring_backup = tostring
tostring = function() return "not used by print" end
print(1, "print does not call the global tostring")
tostring = tostring_backup
io.write("io.write", " ", 1, " ", 2.5, "\n")
print(pcall(io.write, nil))
