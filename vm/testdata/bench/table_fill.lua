-- Filling and summing an array.
local t = {}
for i = 1, 300000 do
  t[i] = i
end
local s = 0
for i = 1, #t do
  s = s + t[i]
end
return s
