-- A runaway recursion overflows the stack at the depth it does in Lua, whatever
-- the shape of its frames, and the uncaught overflow's traceback says how many
-- levels it leaves out as lua5.4 does
local d = 0
local function none() d = d + 1 return 1 + none() end
local function one(n) d = d + 1 return 1 + one(n) end
local function locals(a, b) d = d + 1 local x, y, z = a, b, a return 1 + locals(x, y) + z end
local function vararg(...) d = d + 1 return 1 + vararg(...) end
local function mixed(a, ...) d = d + 1 return 1 + mixed(a, ...) end
local function ctor() d = d + 1 return {ctor()} end
local function concat() d = d + 1 return "x" .. concat() end
for _, f in ipairs{none, one, locals, vararg, mixed, ctor, concat} do
  d = 0
  local ok, e = pcall(f)
  io.write(tostring(ok), " ", e, " ", d)
  d = 0
  pcall(function() return (f(1, 2)) end)
  io.write(" ", d, "\n")
end
local function rec(n) if n == 0 then error("bottom") end local r = rec(n - 1) return r end
for _, n in ipairs{17, 18, 19, 25} do
  local _, tb = xpcall(rec, debug.traceback, n)
  print(n, select(2, tb:gsub("\n", "")), tb:match("%(skipping %d+ levels%)"))
end
d = 0
local x <close> = setmetatable({}, {__close = function() print("closed at depth", d) end})
one(1)
