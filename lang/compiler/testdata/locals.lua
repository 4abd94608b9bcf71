-- local attributes: <const> (compile-time constants and read-only locals), <close>
local K <const> = 10
local S <const> = "str"
local F <const> = 2.5
local N <const> = nil
local T <const> = true
local L <const> = K * 2 + 1
local B <const> = K & 3
local x = K + L, S, F, N, T, B
local t <const> = {}
local u <const> = x
print(K, S, F, N, T, L, B, t, u)
local g <const> = print
local a, c <const> = 1, 2
local d <const>, e = 3
do
  local h <close> = setmetatable({}, {__close = print})
  print(h)
end
local function f()
  local r <close> = x
  return K + r
end
local function f2(v)
  local r <close> = v
  return f(v)
end
local function f3()
  return K, S, function() return L, u end
end
local z <const> = -K
local y <const> = not K
local w <const> = K .. S
return z, y, w, a, c, d, e, g
