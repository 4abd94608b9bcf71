-- Closures sharing upvalues in overlapping combinations keep sharing them: each
-- variable stays one variable whichever closures, nested functions and loop
-- iterations captured it, and a closure captured by another is the same closure.

local function make()
  local a, b, c = 1, 10, 100
  local fns = {}
  fns.ab = function(x) a, b = a + x, b + x; return a, b end
  fns.bc = function(x) b, c = b + x, c + x; return b, c end
  fns.ca = function(x) c, a = c + x, a + x; return c, a end
  fns.get = function() return a, b, c end
  fns.nested = function()
    local d = 1000
    return function(x) a, d = a + x, d + x; return a, d end
  end
  return fns
end

local f1, f2 = make(), make()
f1.ab(1)
f2.bc(2)
local inner1 = f1.nested()
local inner2 = f1.nested()

-- Each iteration of a loop has fresh locals; each closure of one iteration shares.
local perIteration = {}
for i = 1, 3 do
  local count = i * 100
  perIteration[i] = {
    inc = function() count = count + 1; return count end,
    get = function() return count end,
  }
end

-- A closure held by another closure's upvalue is still the same closure.
local counter = 0
local function tick() counter = counter + 1; return counter end
local function twice() tick(); return tick() end
tick()

-- A recursive local function refers to itself through an upvalue.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end

return {f1 = f1, f2 = f2, inner1 = inner1, inner2 = inner2, perIteration = perIteration,
  tick = tick, twice = twice, fact = fact}
---- persist ----
local r = ...
print("f1", r.f1.get())
print("f2", r.f2.get())
print("f1.ca", r.f1.ca(5), "f1", r.f1.get())
print("f2.ab", r.f2.ab(7), "f2", r.f2.get())
print("inner1", r.inner1(1), "inner2", r.inner2(1), "f1", r.f1.get())
for i, p in ipairs(r.perIteration) do print("iteration", i, p.inc(), p.get()) end
print("ticks", r.twice(), r.tick())
print("fact", r.fact(20))
return r
---- persist ----
local r = ...
print("after second crossing f1", r.f1.get(), "f2", r.f2.get())
print("inner", r.inner1(1), r.inner2(1), r.f1.bc(1))
for i, p in ipairs(r.perIteration) do print("iteration", i, p.get()) end
print("ticks", r.twice(), r.tick())
