-- Calls Lua counts as C calls (pcall, metamethods, iterators, callbacks of
-- builtins, resumes) end in "C stack overflow" at Lua's depth, with the error
-- handlers getting the room above the limit
local depth = 0
local function count(f)
  depth = 0
  local res = table.pack(pcall(f))
  print(res[1], res.n, tostring(res[res.n]):sub(1, 60), depth)
end

local function viaPcall() depth = depth + 1 local ok, e = pcall(viaPcall) return e end
count(viaPcall)
local function tailPcall() depth = depth + 1 return pcall(tailPcall) end
count(tailPcall)
local t = setmetatable({}, {__index = function(tt, k) depth = depth + 1 return tt[k] end})
count(function() return t.x end)
local mt = {}
mt.__add = function(a, b) depth = depth + 1 return a + b end
mt.__concat = function(a, b) depth = depth + 1 return a .. b end
mt.__lt = function(a, b) depth = depth + 1 return a < b end
mt.__len = function(a) depth = depth + 1 return #a end
mt.__newindex = function(tt, k, v) depth = depth + 1 tt[k] = v end
mt.__eq = function(a, b) depth = depth + 1 return a == b end
local a, b = setmetatable({}, mt), setmetatable({}, mt)
count(function() return a + 1 end)
count(function() return a .. "x" end)
count(function() return a < b end)
count(function() return #a end)
count(function() a.x = 1 end)
count(function() return a == b end)
local function viaTostring() depth = depth + 1 return tostring(setmetatable({}, {__tostring = viaTostring})) end
count(viaTostring)
local function viaGsub(s) depth = depth + 1 return (string.gsub("a", ".", viaGsub)) end
count(viaGsub)
local function viaSort() depth = depth + 1 table.sort({2, 1}, function(x, y) viaSort() return x < y end) end
count(viaSort)
local function viaIterator() depth = depth + 1 for _ in viaIterator do end end
count(viaIterator)
local function viaClose()
  depth = depth + 1
  local x <close> = setmetatable({}, {__close = function() end})
  return pcall(viaClose)
end
count(viaClose)

-- the handler of the failing call still runs
local function viaXpcall() depth = depth + 1 return xpcall(viaXpcall, function(m) return "handled: " .. m end) end
count(viaXpcall)
local function bad() error("x") end
local function badHandler() depth = depth + 1 return xpcall(badHandler, function() return bad() end) end
count(badHandler)

-- resumes: a fresh coroutine dies at the limit, nested wraps add their positions
local last
local function viaResume() depth = depth + 1 last = coroutine.create(viaResume) return coroutine.resume(last) end
count(viaResume)
print(coroutine.status(last))
local function viaWrap() depth = depth + 1 return coroutine.wrap(viaWrap)() end
depth = 0
local ok, e = pcall(viaWrap)
print(ok, select(2, e:gsub("cstack_limit.lua:%d+: ", "")), e:match("[^:]*$"), depth)
count(function() return coroutine.wrap(function() return viaPcall() end)() end)

-- deep Lua-to-Lua recursion is not limited by it
local function plain(n) if n == 0 then return 0 end return 1 + plain(n - 1) end
print(plain(10000))
local chain = setmetatable({}, {__index = function(_, k) return k end})
for _ = 1, 300 do chain = setmetatable({}, {__index = chain}) end
print(chain.deep)
