-- a __tostring that cannot be called fails as a call of that value, while a
-- callable table works
local t = setmetatable({}, {__tostring = 5})
print(pcall(tostring, t))
print(pcall(print, t))
print(pcall(string.format, "%s", t))
local c = setmetatable({}, {__call = function(self, o) return "via __call" end})
print(tostring(setmetatable({}, {__tostring = c})))
error(t)
