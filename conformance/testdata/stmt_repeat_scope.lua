-- repeat-until: the condition sees the body's locals
local i = 0
repeat local j = i * 2; i = i + 1 until j >= 6
print(i)
local fs = {}
local k = 0
repeat
  k = k + 1
  local captured = k
  fs[#fs + 1] = function() return captured end
until captured == 3
print(fs[1](), fs[2](), fs[3]())
repeat until true
local n = 0
repeat n = n + 1 if n == 4 then break end until false
print(n)
repeat
  local x <const> = 10
until x == 10
print("done")
