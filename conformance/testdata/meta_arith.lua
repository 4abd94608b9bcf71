-- arithmetic metamethods, including mixed operands
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
function V.__add(a, b) return vec(a.x + b.x, a.y + b.y) end
function V.__sub(a, b) return vec(a.x - b.x, a.y - b.y) end
function V.__mul(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
function V.__div(a, b) return vec(a.x / b, a.y / b) end
function V.__mod(a, b) return vec(a.x % b, a.y % b) end
function V.__pow(a, b) return vec(a.x ^ b, a.y ^ b) end
function V.__unm(a) return vec(-a.x, -a.y) end
function V.__idiv(a, b) return vec(a.x // b, a.y // b) end
function V.__tostring(a) return "(" .. a.x .. "," .. a.y .. ")" end
local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), tostring(a - b), a * b, tostring(a * 2), tostring(3 * a))
print(tostring(b / 2), tostring(b % 2), tostring(a ^ 2), tostring(-a), tostring(b // 2))
print(pcall(function() return a + 1 end))
print(tostring(("5" + a.x) * vec(1, 1)))
