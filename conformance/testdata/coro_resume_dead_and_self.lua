-- resuming a dead, running or normal coroutine fails
local co = coroutine.create(function() return 1 end)
print(coroutine.resume(co))
print(coroutine.resume(co))
local self
self = coroutine.create(function() return coroutine.resume(self) end)
print(coroutine.resume(self))
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.resume(outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
local w = coroutine.wrap(function() end)
w()
print(pcall(w))
