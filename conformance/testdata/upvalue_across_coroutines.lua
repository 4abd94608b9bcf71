-- upvalues are shared between a coroutine and its creator
local counter = 0
local co = coroutine.wrap(function()
  while true do counter = counter + 1 coroutine.yield(counter) end
end)
co() co()
counter = counter + 10
print(co(), counter)
local function make()
  local v = "initial"
  local reader = coroutine.wrap(function() while true do coroutine.yield(v) end end)
  return reader, function(x) v = x end
end
local r, set = make()
print(r()) set("changed") print(r())
