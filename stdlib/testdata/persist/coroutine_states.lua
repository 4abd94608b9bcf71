-- Coroutines in every state a snapshot may hold: not yet started (its arguments come
-- with the first resume after loading), suspended, dead after returning, dead after
-- an error, and closed.

local fresh = coroutine.create(function(a, b, ...)
  print("fresh started with", a, b, select("#", ...), ...)
  local c = coroutine.yield(a + b)
  return "fresh done", c
end)

local suspended = coroutine.create(function()
  local n = 0
  while true do n = n + (coroutine.yield(n) or 1) end
end)
coroutine.resume(suspended)
coroutine.resume(suspended, 5)

local returned = coroutine.create(function() return 1 end)
coroutine.resume(returned)
local failed = coroutine.create(function() error({code = 42}) end)
local ok, err = coroutine.resume(failed)
local closed = coroutine.create(function() coroutine.yield() end)
coroutine.resume(closed)
coroutine.close(closed)
local wrapped = coroutine.wrap(function(x) while true do x = coroutine.yield(x * 2) end end)

return {fresh = fresh, suspended = suspended, returned = returned, failed = failed,
  err = err, closed = closed, wrapped = wrapped}
---- persist ----
local r = ...
for _, name in ipairs({"fresh", "suspended", "returned", "failed", "closed"}) do
  print(name, coroutine.status(r[name]))
end
print("fresh", coroutine.resume(r.fresh, 1, 2, "x", nil, "z"))
print("fresh", coroutine.resume(r.fresh, "c"))
print("fresh", coroutine.status(r.fresh), coroutine.resume(r.fresh))
print("suspended", coroutine.resume(r.suspended, 10))
print("returned", coroutine.resume(r.returned))
print("failed", coroutine.resume(r.failed), r.err.code)
print("closed", coroutine.resume(r.closed), coroutine.close(r.closed))
print("wrapped first resume", r.wrapped(21))
print("close suspended", coroutine.close(r.suspended), coroutine.status(r.suspended))
