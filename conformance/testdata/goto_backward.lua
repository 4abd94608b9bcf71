-- backward goto builds loops; closures see fresh locals each time
local fs = {}
local i = 1
::again::
local x = i * 10
fs[#fs + 1] = function() return x end
i = i + 1
if i <= 3 then goto again end
print(fs[1](), fs[2](), fs[3]())
do
  local count = 0
  ::l1::
  count = count + 1
  if count < 3 then goto l1 end
  print(count)
end
