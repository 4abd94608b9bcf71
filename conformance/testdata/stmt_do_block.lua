-- do ... end blocks limit scope and may be empty
do end
do ; end
local v = 1
do
  local v = 2
  do
    local v = 3
    print(v)
  end
  print(v)
end
print(v)
do
  local fs = {}
  for i = 1, 3 do do local j = i * 2 fs[i] = function() return j end end end
  print(fs[1](), fs[2](), fs[3]())
end
