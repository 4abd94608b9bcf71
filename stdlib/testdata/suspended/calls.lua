-- Coroutines suspended inside chains of Lua calls: plain calls, calls of vararg
-- functions, Lua tail calls, a builtin called in tail position, a __call.
local function h(...)
  local a = ...
  return coroutine.yield(a)
end
local function g(x, ...)
  local r = h(x, ...)
  return r
end
local function f(...)
  return g(...)
end
local callable = setmetatable({}, {__call = function(_, x) return coroutine.yield(x) + 1 end})

local cos = {
  coroutine.create(function(...)
    local v = f(...)
    coroutine.yield(v)
    return v
  end),
  coroutine.create(function(a, b)
    local t = {g(a, b, a)}
    return #t, select("#", coroutine.yield(t))
  end),
  coroutine.create(function(x) return callable(x) end),
  coroutine.create(function(...) return select(2, coroutine.yield(...)) end),
}
for i, co in ipairs(cos) do coroutine.resume(co, i, "x", i * 2) end
return cos
