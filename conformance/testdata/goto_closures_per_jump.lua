-- each backward goto creates fresh locals for closures
local fs = {}
do
  local i = 1
  ::top::
  local captured = i
  fs[i] = function() captured = captured + 100 return captured end
  i = i + 1
  if i <= 3 then goto top end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
