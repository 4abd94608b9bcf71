-- coroutine status seen from error handlers and close handlers
local co
co = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function() print("in close:", coroutine.status(co)) end})
  xpcall(function() error("e") end, function(m) print("in handler:", coroutine.status(co)) return m end)
  coroutine.yield()
end)
coroutine.resume(co)
print("suspended:", coroutine.status(co))
coroutine.close(co)
print("after close:", coroutine.status(co))
