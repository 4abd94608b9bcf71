-- assorted corner cases of indexing, calls and folding
local t, up = {}, {}
local s = ("x"):rep(3)
f().x = 1
f()[1], f().y = 2, 3
t[1.0] = 1
t[2^53] = 2
t[0] = 3
t[255] = 4
t[256] = 5
t[true] = 6
local function g()
  up[1] = up[2]
  up.k = up[up]
  return up["k"], up[1.5]
end
local a = {..., 1}
local b = {f(), nil}
local mi = -9223372036854775807 - 1
local q = mi // -1, mi % -1, 1 << -1, -1 >> 63, 5 // 0.0, -5 % 0.0
local c = 1 < 2, 1 == 1, "a" < "b", 2.0 == 2
local d = not (a < b and b < a) or not (a == nil)
while a < b and c do a = a + 1 end
if a == 1 then
elseif a == 2 then b = 1
elseif a == 3 or b == 4 then
elseif a then b = 2
else b = 3 end
local e = a and b and c or d or nil
local n = #t + #"abc"
local m = -t.x
local p = ~~5
return s, g, q, e, n, m, p, ...
