-- goto to a label after until is fine; into repeat body is not
print(load([[
local i = 0
repeat
  i = i + 1
  if i == 2 then goto done end
until i > 5
::done::
return i
]])())
print(load("goto l repeat ::l:: until true", "=r"))
print(type(load("repeat local x goto cont ::cont:: until x", "=r")))
print(load("repeat goto cont local x ::cont:: until x", "=r"))
