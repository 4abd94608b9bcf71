-- Weak tables: entries whose weak key or value is an unreachable object go away
-- when the collector runs; strings and numbers are values and stay.

local function count(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

-- weak keys
local keep = {}
local wk = setmetatable({}, {__mode = "k"})
wk[keep] = "kept"
wk[{}] = "lost"
wk[function() end] = "lost too"
wk["str"] = "string key"
wk[10] = {}
collectgarbage()
print("k", count(wk), wk[keep], wk.str, type(wk[10]))

-- weak values, in the array and the hash part
local wv = setmetatable({}, {__mode = "v"})
for i = 1, 5 do wv[i] = {} end
wv[6] = keep
wv.s = string.rep("x", 40)
wv.f = function() end
wv.co = coroutine.create(print)
wv.n = 42
collectgarbage()
print("v", count(wv), wv[6] == keep, #wv.s, wv.n, wv.f, wv.co)

-- both weak
local wkv = setmetatable({}, {__mode = "kv"})
wkv[keep] = {}
wkv[{}] = keep
wkv[1] = keep
collectgarbage()
print("kv", count(wkv), wkv[1] == keep)

-- ephemerons: a value that refers to its own key does not keep the key alive,
-- and a chain of keys is followed from a live one
local e = setmetatable({}, {__mode = "k"})
do
  local k = {}
  e[k] = {k}
end
local first = {}
local prev = first
for i = 1, 50 do
  local n = {}
  e[prev] = {next = n, i = i}
  prev = n
end
collectgarbage()
local n, steps = first, 0
while e[n] do n = e[n].next; steps = steps + 1 end
print("ephemerons", count(e), steps)

-- a traversal goes on after a collection removed entries
local t = setmetatable({}, {__mode = "v"})
for i = 1, 10 do t["k" .. i] = (i % 2 == 0) and keep or {} end
local seen = 0
for k, v in pairs(t) do
  collectgarbage()
  seen = seen + 1
end
print("traversal", seen <= 10, count(t))

-- collections also run by themselves while a program allocates
local x = setmetatable({[1] = {}}, {__mode = "v"})
local i = 0
while x[1] do local s = i .. "." .. i; i = i + 1 end
print("automatic concat", x[1])
x[1] = {}
while x[1] do local u = {} end
print("automatic tables", x[1])
x[1] = {}
while x[1] do local f = function() return i end end
print("automatic closures", x[1])

-- a stopped collector leaves weak tables alone until asked
collectgarbage("stop")
print("running", collectgarbage("isrunning"))
x[1] = {}
for j = 1, 100000 do local u = {} end
print("stopped", type(x[1]))
collectgarbage()
print("explicit", x[1])
collectgarbage("restart")
print("running", collectgarbage("isrunning"))

-- __mode set after the metatable
local late = setmetatable({}, {})
getmetatable(late).__mode = "k"
late[{}] = 1
collectgarbage()
print("late mode", next(late))
print("pause", collectgarbage("setpause", 100), collectgarbage("setpause", 200))
