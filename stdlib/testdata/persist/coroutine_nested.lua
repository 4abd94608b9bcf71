-- Nested coroutines: a coroutine that resumed another, which yielded back to it, is
-- itself suspended with the inner one in its frames; three levels deep, through
-- coroutine.wrap, and an inner coroutine resumed later by the outer one's caller.

local function inner(tag)
  return coroutine.create(function(a)
    local b = coroutine.yield(tag .. " inner got " .. tostring(a))
    local c = coroutine.yield(tag .. " inner got " .. tostring(b))
    return tag .. " inner done " .. tostring(c)
  end)
end

local outer = coroutine.create(function(x)
  local i = inner("A")
  local ok, v = coroutine.resume(i, x)
  local got = coroutine.yield("outer relays: " .. v)
  ok, v = coroutine.resume(i, got)
  got = coroutine.yield("outer relays: " .. v, i)
  ok, v = coroutine.resume(i, got)
  return "outer done; " .. v .. "; " .. coroutine.status(i)
end)

local level3 = coroutine.create(function()
  local level2 = coroutine.create(function()
    local level1 = inner("C")
    local _, v = coroutine.resume(level1, "deep")
    local w = coroutine.yield("level2 saw: " .. v)
    _, v = coroutine.resume(level1, w)
    return "level2 done: " .. v, level1
  end)
  local _, v = coroutine.resume(level2)
  local w = coroutine.yield("level3 saw: " .. v)
  local _, last, level1 = coroutine.resume(level2, w)
  return last, coroutine.status(level1), coroutine.resume(level1, "from level3")
end)

local gen = coroutine.wrap(function()
  local wrapped = coroutine.wrap(function(n)
    while true do n = coroutine.yield(n * 2) end
  end)
  local v = wrapped(1)
  while true do v = wrapped(coroutine.yield(v)) end
end)

print(coroutine.resume(outer, "x1"))
print(coroutine.resume(level3))
print("gen", gen(), gen(5))
return {outer = outer, level3 = level3, gen = gen}
---- persist ----
local r = ...
local ok, msg, i = coroutine.resume(r.outer, "x2")
print(ok, msg, coroutine.status(i))
print(coroutine.resume(r.level3, "w3"))
print("gen", r.gen(7))
return {r = r, i = i}
---- persist ----
local s = ...
print(coroutine.status(s.i))
print(coroutine.resume(s.r.outer, "x3"))
print(coroutine.status(s.i))
print(coroutine.resume(s.r.level3))
print("gen", s.r.gen(100))
