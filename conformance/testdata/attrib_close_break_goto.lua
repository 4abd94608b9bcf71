-- __close runs when break, goto or return leave the scope
local function closer(name)
  return setmetatable({}, {__close = function() print("close", name) end})
end
for i = 1, 3 do
  local c <close> = closer("iter" .. i)
  if i == 2 then break end
  print("body", i)
end
do
  local n = 0
  ::again::
  do
    local c <close> = closer("goto" .. n)
    n = n + 1
    if n < 3 then goto again end
  end
end
local function early(flag)
  local c <close> = closer("early")
  if flag then return "early return" end
  local d <close> = closer("late")
  return "normal return"
end
print(early(true))
print(early(false))
while true do
  local c <close> = closer("while")
  break
end
