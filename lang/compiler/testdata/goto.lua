-- goto, labels and break, including jumps that must close upvalues
local i = 1
::top::
i = i + 1
if i < 10 then goto top end
for j = 1, 3 do
  for k = 1, 3 do
    if k == 2 then goto continue end
    if j == k then break end
    print(j, k)
    ::continue::
  end
end
do
  goto forward
  print("skipped")
  ::forward::
end
while true do
  local v = i
  local f = function() return v end
  if v > 20 then break end
  if v > 15 then goto out end
  i = i + 1
end
::out::
repeat
  local w = i
  local f = function() return w end
  if w then goto done end
until w
::done::
do
  local q = 1
  local f = function() return q end
  goto last
  ::last::
end
while i do
  if i then break end
  if i then break; print(i) end
  i = nil
end
do
  ::a:: ::b::
  goto a
end
return i
