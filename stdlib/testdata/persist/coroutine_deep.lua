-- A coroutine suspended many calls deep keeps every frame: locals, varargs, results
-- the callers still wait for (in arithmetic, concatenation, table constructors,
-- multiple assignment, call arguments), and tail calls.

local function leaf(...)
  local n = select("#", ...)
  local got = coroutine.yield("leaf", n, ...)
  return got, n, ...
end

local function middle(depth, acc, ...)
  local here = "m" .. depth
  if depth == 0 then
    local a, b, c = leaf(acc, ...)
    return here .. ":" .. tostring(a) .. "," .. tostring(b) .. "," .. tostring(c)
  end
  return here .. "(" .. middle(depth - 1, acc + depth, ...) .. ")" .. #here
end

local function constructor(...)
  local t = {1, 2, middle(40, 0, ...)}
  local u = {n = select("#", ...), middle(3, 100, ...), 99}
  return t, u
end

local function summing(n)
  if n == 0 then return coroutine.yield("summing bottom") end
  return n + summing(n - 1)
end

local function tail(n, ...)
  if n == 0 then return coroutine.yield("tail bottom", ...) end
  return tail(n - 1, n, ...)
end

local co1 = coroutine.create(function(...) local t, u = constructor(...); return t, u end)
print(coroutine.resume(co1, "x", nil, 3.5))
local co2 = coroutine.create(function(n) return "sum " .. summing(n) * 2 end)
print(coroutine.resume(co2, 150))
local co3 = coroutine.create(function(...) return "tail", tail(30, ...) end)
print(coroutine.resume(co3, "v1", "v2"))
return {co1, co2, co3}
---- persist ----
local r = ...
print(coroutine.resume(r[1], "first"))
local ok, t, u = coroutine.resume(r[1], "second")
print(ok, #t, t[1], t[2], t[3], u.n, u[1], u[2])
print(coroutine.resume(r[2], 0.5))
print(select("#", coroutine.resume(r[3], "end")), coroutine.status(r[3]))
