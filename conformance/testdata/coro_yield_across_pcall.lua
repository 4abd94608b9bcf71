-- yields cross pcall and xpcall boundaries
local co = coroutine.create(function()
  local ok, v = pcall(function()
    local got = coroutine.yield("from pcall")
    error("after yield: " .. got, 0)
  end)
  print("pcall result", ok, v)
  local ok2, v2 = xpcall(function()
    return coroutine.yield("from xpcall") * 2
  end, function(m) return "handler " .. m end)
  print("xpcall result", ok2, v2)
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "resumed"))
print(coroutine.resume(co, 21))
print(coroutine.status(co))
