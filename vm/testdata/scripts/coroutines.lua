-- Coroutines: values in and out, yields across pcall, metamethods and iterators.
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
print(coroutine.resume(co, 1, 2))      --> true	3
print(coroutine.resume(co, 10))        --> true	20
print(coroutine.resume(co, 3, 4))      --> true	7
print(coroutine.status(co))            --> dead
print(coroutine.resume(co))            --> false	cannot resume dead coroutine
local gen = coroutine.wrap(function()
  local ok, err = pcall(function()
    coroutine.yield("inside pcall")
    error("after resume")
  end)
  coroutine.yield(ok, err)
  local t = setmetatable({}, {__index = function(_, k) return coroutine.yield("index " .. k) end})
  coroutine.yield("got " .. t.key)
  for i in function(_, i) if i < 2 then coroutine.yield("iter " .. i) return i + 1 end end, nil, 0 do end
  return "end"
end)
print(gen())                           --> inside pcall
print(gen())                           --> false	coroutines.lua:15: after resume
print(gen())                           --> index key
print(gen("value"))                    --> got value
print(gen())                           --> iter 0
print(gen())                           --> iter 1
print(gen())                           --> end
print(pcall(coroutine.yield))          --> false	attempt to yield from outside a coroutine
print(coroutine.isyieldable())         --> false
print(select(2, coroutine.running()))  --> true

-- A table constructor suspended in a yield whose table debug.setlocal replaced.
local filler = coroutine.create(function() return {1, 2, coroutine.yield()} end)
coroutine.resume(filler)
print(debug.setlocal(filler, 1, 1, 42))  --> (temporary)
print(coroutine.resume(filler, 3))       --> false	coroutines.lua:35: attempt to index a number value
