-- error objects with __tostring keep their identity through pcall
local E = {}
E.__index = E
E.__tostring = function(e) return "E(" .. e.code .. ")" end
local function fail(code) error(setmetatable({code = code}, E)) end
local ok, e = pcall(fail, 7)
print(ok, tostring(e), getmetatable(e) == E, e.code)
ok, e = pcall(function() local ok2, inner = pcall(fail, 8) error(inner) end)
print(tostring(e))
print(select(2, xpcall(fail, function(err) return tostring(err) .. " handled" end, 9)))
