-- locals captured in a loop keep their last values after break
local fs = {}
for i = 1, 10 do
  local v = i * i
  fs[#fs + 1] = function() return v end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[2](), fs[3]())
local g
while true do
  local state = "inside"
  g = function() state = state .. "+" return state end
  break
end
print(g(), g())
