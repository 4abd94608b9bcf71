-- error levels inside coroutines point into the coroutine's own stack
local function check(x) if not x then error("check failed", 2) end end
local co = coroutine.create(function()
  check(true)
  check(false)
end)
print(coroutine.resume(co))
local co2 = coroutine.wrap(function() error("level 0", 0) end)
print(pcall(co2))
local co3 = coroutine.wrap(function() error("level 3", 3) end)
print(pcall(co3))
