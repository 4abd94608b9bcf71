-- a __close handler may yield inside a coroutine
local co = coroutine.wrap(function()
  do
    local x <close> = setmetatable({}, {__close = function()
      local v = coroutine.yield("yield in close")
      print("close resumed with", v)
    end})
    print("leaving block")
  end
  return "after block"
end)
print(co())
print(co("value"))
