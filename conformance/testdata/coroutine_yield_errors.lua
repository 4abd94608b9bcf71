-- yielding where no coroutine can be suspended: the messages carry no position,
-- as lua_yieldk raises them from the yield itself
print(pcall(coroutine.yield))
print(pcall(function() coroutine.yield(1) end))
local co = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function() coroutine.yield(1) end})
  coroutine.yield(0)
end)
print(coroutine.resume(co))
print(coroutine.close(co))
print(select(2, pcall(coroutine.wrap(function() return pcall(coroutine.yield, 5) end))))
