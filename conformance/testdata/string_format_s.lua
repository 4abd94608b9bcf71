-- %s with width, precision and conversions
local f = string.format
print(f("[%s]|[%10s]|[%-10s]|[%.2s]|[%5.1s]", "abc", "abc", "abc", "abc", "abc"))
print(f("%s %s %s %s", 1, 1.5, true, nil))
print(f("%s", setmetatable({}, {__tostring = function() return "tostr" end})))
print(f("%s", "with\0zero"):len())
print(pcall(f, "%10s", "with\0zero"))
print(f("%.0s|", "gone"), f("%s%%", 50))
print(pcall(f, "%s"))
print(f("%-5s|%5s", "toolongvalue", "x"))
