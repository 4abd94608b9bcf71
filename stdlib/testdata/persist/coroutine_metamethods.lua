-- A coroutine suspended inside a metamethod the VM called for an operator: once it
-- resumes, the pending operation completes with the metamethod's result.

local log = {}
local function y(what, v)
  local r = coroutine.yield(what)
  log[#log + 1] = what .. "=" .. tostring(r)
  return v ~= nil and v or r
end

local mt = {}
mt.__index = function(t, k) return y("__index", "idx " .. k) end
mt.__newindex = function(t, k, v) rawset(t, k, y("__newindex", v * 10)) end
mt.__add = function(a, b) return y("__add", 1000) end
mt.__sub = function(a, b) return y("__sub", -1) end
mt.__mul = function(a, b) return y("__mul", 6) end
mt.__mod = function(a, b) return y("__mod", 2) end
mt.__unm = function(a) return y("__unm", "negated") end
mt.__len = function(a) return y("__len", 77) end
mt.__lt = function(a, b) return y("__lt", true) end
mt.__le = function(a, b) return y("__le", false) end
mt.__eq = function(a, b) return y("__eq", true) end
mt.__concat = function(a, b) return y("__concat", "joined") end
mt.__call = function(self, a, b) return y("__call", a + b), "second result" end
mt.__close = function(obj, err) y("__close", 0); log[#log + 1] = "closed" end
mt.__band = function(a, b) return y("__band", 0xF0) end
mt.__shl = function(a, b) return y("__shl", 8) end
mt.__idiv = function(a, b) return y("__idiv", 3) end

local co = coroutine.create(function()
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  local out = {}
  out[#out + 1] = a.missing
  a.field = 4
  out[#out + 1] = rawget(a, "field")
  out[#out + 1] = a + 1
  out[#out + 1] = 1 - a
  out[#out + 1] = a * b
  out[#out + 1] = a % 3
  out[#out + 1] = -a
  out[#out + 1] = #a
  out[#out + 1] = tostring(a < b)
  out[#out + 1] = tostring(a <= b)
  out[#out + 1] = tostring(a > b)
  out[#out + 1] = tostring(a == b)
  out[#out + 1] = tostring(a ~= b)
  out[#out + 1] = "x" .. a .. "y"
  out[#out + 1] = select(2, a(20, 22))
  out[#out + 1] = a(1, 2)
  out[#out + 1] = a & 1
  out[#out + 1] = a << 2
  out[#out + 1] = a // 2
  do
    local c <close> = a
    out[#out + 1] = "in block"
  end
  if a < b then out[#out + 1] = "branch taken" end
  return table.concat(out, " ")
end)

local steps = 0
local v = select(2, coroutine.resume(co))
local function step(n)
  for _ = 1, n do
    steps = steps + 1
    print(coroutine.resume(co, "r" .. steps))
    if coroutine.status(co) == "dead" then return end
  end
end
print("first", v)
step(3)
return {co = co, step = step, log = log}
---- persist ----
local r = ...
r.step(6)
return r
---- persist ----
local r = ...
r.step(40)
print(table.concat(r.log, "\n"))
