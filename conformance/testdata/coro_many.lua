-- many coroutines alive at once, each with its own stack
local cos = {}
for i = 1, 1000 do
  cos[i] = coroutine.create(function(x) local s = 0 while true do s = s + x x = coroutine.yield(s) end end)
end
local total = 0
for round = 1, 3 do
  for i = 1, #cos do local _, v = coroutine.resume(cos[i], i) total = total + v end
end
print(total)
local deep = coroutine.wrap(function()
  local function rec(n) if n == 0 then coroutine.yield("bottom") return 0 end return 1 + rec(n - 1) end
  return rec(10000)
end)
print(deep(), deep())
