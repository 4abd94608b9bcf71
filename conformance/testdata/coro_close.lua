-- coroutine.close on suspended, dead and erroring coroutines
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(coroutine.close(co), coroutine.status(co))
print(coroutine.close(co))
local dead = coroutine.create(function() error("boom") end)
print(coroutine.resume(dead))
print(coroutine.close(dead))
print(pcall(coroutine.close, coroutine.running()))
local running
running = coroutine.create(function() return pcall(coroutine.close, running) end)
print(coroutine.resume(running))
local normal
local outer = coroutine.create(function()
  local inner = coroutine.create(function() return pcall(coroutine.close, normal) end)
  return coroutine.resume(inner)
end)
normal = outer
print(coroutine.resume(outer))
print(pcall(coroutine.close, 1))
