-- which line each instruction gets when constructs span lines
local t = {
  1,
  2,
  x =
    3,
}
local v = t.x
  + t[1]
  * 2
print(
  v,
  t
)
local s = "a"
  .. "b"
  .. v
if v
  == 3 then
  v = 4
end
local f = function
  (a)
  return a
end
local w = v <
  4
for i = 1,
  3 do
  v = v + i
end
return
  v
