-- while, repeat, numeric for and generic for loops
local t, n = ...
while n > 0 do
  n = n - 1
end
while true do
  if n then break end
end
repeat
  n = n + 1
until n > 10
repeat
  local x = n
until x
repeat
  local y = n
  local f = function() return y end
until y > 3
for i = 1, 10 do print(i) end
for i = 10, 1, -1 do print(i) end
for i = 1.0, 2.0, 0.5 do print(i) end
for i = n, #t do
  local f = function() return i end
end
for k, v in pairs(t) do print(k, v) end
for k in next, t do print(k) end
for a, b, c, d, e in t do print(a, b, c, d, e) end
for _, v in ipairs(t) do
  local g = function() return v end
  if v then break end
end
for i = 1, 3 do
  for j = 1, 3 do
    print(i + j)
  end
end
return n
