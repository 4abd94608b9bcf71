-- globals are fields of _ENV, and messages say so
print(pcall(function() nofunction() end))
print(pcall(function() return noglobal.x end))
local setmetatable = setmetatable
local _ENV = {print = print, pcall = pcall}
print(pcall(function() missing() end))
print(pcall(function() return missing.x end))
local function f()
  local _ENV = setmetatable({}, {__index = function(_, k) return k end})
  return hello, world
end
print(f())
