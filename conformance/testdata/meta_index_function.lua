-- __index as a function receives the table and the key
local log = {}
local t = setmetatable({present = 1}, {__index = function(t, k)
  log[#log + 1] = tostring(k)
  return k == "computed" and 42 or nil
end})
print(t.present, t.computed, t.missing, t[1])
print(table.concat(log, ","))
local defaults = setmetatable({}, {__index = function() return 0 end})
defaults.a = defaults.a + 5
print(defaults.a, defaults.b)
local str = setmetatable({}, {__index = string})
print(str.upper("x"))
print(pcall(function() local p = setmetatable({}, {__index = 5}) return p.x end))
