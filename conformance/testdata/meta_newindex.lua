-- __newindex with tables and functions; rawset bypasses it
local store = {}
local t = setmetatable({}, {__newindex = store})
t.a = 1
print(rawget(t, "a"), store.a)
local log = {}
local u = setmetatable({existing = 1}, {__newindex = function(tt, k, v)
  log[#log + 1] = k .. "=" .. tostring(v)
  rawset(tt, k, v * 2)
end})
u.existing = 5
u.new = 10
u.new = 20
print(u.existing, u.new, table.concat(log, " "))
rawset(u, "raw", 1)
print(u.raw)
local chain = setmetatable({}, {__newindex = setmetatable({}, {__newindex = function(_, k, v) print("deep set", k, v) end})})
chain.q = "v"
print(rawget(chain, "q"))
print(pcall(function() local p = setmetatable({}, {__newindex = true}) p.x = 1 end))
