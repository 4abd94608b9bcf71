-- tracebacks of coroutines that died with an error
local co = coroutine.create(function()
  local function inner() error("died here") end
  inner()
end)
print(coroutine.resume(co))
print(debug.traceback(co))
print(debug.traceback(co, "message"))
local fresh = coroutine.create(function() end)
print(debug.traceback(fresh, "fresh"))
