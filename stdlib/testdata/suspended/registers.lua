-- Coroutines suspended while registers hold state the compiler's code relies on: a
-- table under construction, numeric for loops, a concatenation in progress, a
-- method call, varargs.
local obj = {m = function(self, x) return coroutine.yield(x) end}
local cos = {
  coroutine.create(function() return {1, 2, coroutine.yield()} end),
  coroutine.create(function() return {n = 1, coroutine.yield()} end),
  coroutine.create(function()
    local s = 0
    for i = 1, 3 do s = s + coroutine.yield(i) end
    return s
  end),
  coroutine.create(function()
    for x = 0.5, 2, 0.5 do coroutine.yield(x) end
  end),
  coroutine.create(function(a) return "<" .. a .. coroutine.yield() .. ">" end),
  coroutine.create(function() return obj:m(1) end),
  coroutine.create(function(...) local n = select("#", ...) coroutine.yield(...) return n, ... end),
}
for _, co in ipairs(cos) do coroutine.resume(co, "a", "b") end
return cos
