-- which operand's metamethod is used
local function mt(name)
  return {__add = function(x, y) return name .. ":" .. type(x) .. "+" .. type(y) end,
          __concat = function(x, y) return name .. ":" .. type(x) .. ".." .. type(y) end}
end
local L = setmetatable({}, mt("L"))
local R = setmetatable({}, mt("R"))
print(L + R, R + L, L + 1, 1 + R, "s" + L)
print(L .. R, R .. L, L .. "x", "x" .. R, 1 .. L)
local plain = {}
print(plain + L, L + plain)
