-- eris library: settings as Eris documents them, builtins permanent by name, perms and
-- their inverse, __persist, and the errors for what cannot be persisted
local function roundtrip(v) return eris.unpersist(eris.persist(v)) end

-- Settings: defaults, types, nil resets.
print(eris.settings("debug"), eris.settings("path"), eris.settings("maxrec"), eris.settings("spkey"), eris.settings("spio")) --> true	false	0	__persist	false
print(pcall(eris.settings, "colour")) --> false	bad argument #1 to 'eris.settings' (no such setting)
print(pcall(eris.settings, "path", 1)) --> false	bad argument #2 to 'eris.settings' (boolean expected, got number)
print(pcall(eris.settings, "maxrec", -1)) --> false	bad argument #2 to 'eris.settings' (value out of range)
print(pcall(eris.settings, "spio", true)) --> false	eris.settings: 'spio' is not supported (there is no C stream to pass)
eris.settings("maxrec", 7)
eris.settings("spkey", "__save")
print(eris.settings("maxrec"), eris.settings("spkey")) --> 7	__save
eris.settings("maxrec", nil)
eris.settings("spkey", nil)
print(eris.settings("maxrec"), eris.settings("spkey")) --> 0	__persist

-- Builtins and named userdata are permanent by their names, identity kept.
local lib = roundtrip({print, coroutine.yield, string.rep, getmetatable("").__index.format, io.stdout, io.write, io.stdout.write})
print(lib[1] == print, lib[2] == coroutine.yield, lib[3] == string.rep, lib[4] == string.format, lib[5] == io.stdout, lib[6] == io.write, lib[7] == io.stdout.write) --> true	true	true	true	true	true	true
local gm = roundtrip(string.gmatch("one two", "%a+"))
print(gm(), gm(), gm()) --> one	two

-- The globals are persisted by value: a loaded function sees a copy.
counter = 1
local function bump() counter = counter + 1; return counter end
local copy = roundtrip(bump)
print(copy(), copy(), bump(), counter) --> 2	3	2	2
counter = nil

-- User perms take precedence over builtin names; unpersisting needs the inverse.
local data = eris.persist({[print] = "p", [io.stdout] = "out"}, {print, io.stdout})
local back = eris.unpersist({p = tostring, out = io.stderr}, data)
print(back[1] == tostring, back[2] == io.stderr) --> true	true
print(pcall(eris.unpersist, data)) --> false	bad permanent value for key "p" (function expected, got no value)
print(pcall(eris.unpersist, {p = {}, out = io.stderr}, data)) --> false	bad permanent value for key "p" (function expected, got table)
-- Any function may stand for any function, Lua or Go, as in Eris; only a function a
-- suspended frame runs must keep its kind.
local function notify(x) return "notified " .. x end
data = eris.persist({[notify] = "notify", [print] = "p"}, {notify, print})
back = eris.unpersist({notify = string.upper, p = notify}, data)
print(back[1]("x"), back[2]("y")) --> X	notified y
local function step() coroutine.yield() return "done" end
local co = coroutine.create(step)
coroutine.resume(co)
data = eris.persist({[step] = "step"}, co)
print(pcall(eris.unpersist, {step = print}, data)) --> false	bad permanent value for key "step" (a suspended frame runs it, so it must be a Lua function)
print(coroutine.resume(eris.unpersist({step = step}, data))) --> true	done
print(pcall(eris.persist, {[print] = {}}, print)) --> false	bad permanent key for function (boolean, number or string expected, got table) (root)
print(pcall(eris.persist, {[print] = 1, [tostring] = 1}, {print, tostring})) --> false	two values share the permanent key 1 (...[2])
print(pcall(eris.persist, {[print] = 0/0}, {print})) --> false	bad permanent key for function (NaN) (...[1])
print(pcall(eris.persist, {[print] = 1, [tostring] = 1.0}, {print, tostring})) --> false	two values share the permanent key 1.0 (...[2])

-- __persist: true persists literally, false forbids, a function returns a rebuild
-- closure run when loading, whose result stands for the object everywhere.
local vec = setmetatable({x = 3}, {__persist = function(v)
  local x = v.x
  return function() return {x = x * 2, rebuilt = true} end
end})
local r = roundtrip({vec, vec, literal = setmetatable({y = 1}, {__persist = true})})
print(r[1] == r[2], r[1].x, r[1].rebuilt, r.literal.y, getmetatable(r.literal).__persist) --> true	6	true	1	true
print(pcall(eris.persist, {setmetatable({}, {__persist = false})})) --> false	attempt to persist forbidden table (...[1])
print(pcall(eris.persist, setmetatable({}, {__persist = function() return 1 end}))) --> false	__persist did not return a function (root)
print(pcall(eris.persist, setmetatable({}, {__persist = "yes"}))) --> false	__persist not nil, boolean, or function (root)
print(pcall(eris.persist, setmetatable({}, {__persist = function() error("no way") end}))) --> false	__persist function failed (root): eris.lua:65: no way
print(pcall(eris.unpersist, eris.persist(setmetatable({}, {__persist = function() return function() return 1 end end})))) --> false	special unpersist failed: bad unpersist function (table expected, returned number)
-- An object whose state holds another one with __persist is rebuilt after it; a rebuild
-- function that reaches its own object could not run, so the object is not persisted.
local Node = {}
Node.__persist = function(node)
  local state = node.state
  return function() return setmetatable({state = state, rebuilt = true}, Node) end
end
local leaf = setmetatable({state = {n = 1}}, Node)
r = roundtrip({setmetatable({state = {n = 2, child = leaf}}, Node), leaf})
print(r[1].state.n, r[1].state.child.state.n, r[1].state.child == r[2], r[2].rebuilt) --> 2	1	true	true
local me = setmetatable({}, {__persist = function(o) return function() return o end end})
print(pcall(eris.persist, {me})) --> false	__persist rebuild function reaches the table it rebuilds (...[1])
r[2].state.up = r[1]
print(pcall(eris.persist, r[1])) --> false	__persist rebuild function reaches the table it rebuilds (root)
local ring, link = {}, {}
local inner = setmetatable({}, {__persist = function() local l = link return function() return {l[1]} end end})
link[1], ring[1], ring[2] = ring, link, inner
print(pcall(eris.persist, setmetatable({}, {__persist = function() return function() return ring end end}))) --> false	__persist rebuild function reaches the table it rebuilds (...[2])
-- A table or coroutine that a __persist function changes while it is written is
-- written as it was before.
local host = {}
host.s = setmetatable({}, {__persist = function() host.x = 1 return function() return {} end end})
print(roundtrip(host).x, host.x) --> nil	1
local before, after = {}, {}
local held = setmetatable({}, before)
held[1] = setmetatable({}, {__persist = function() setmetatable(held, after) return function() return {} end end})
r = roundtrip({held, before, after})
print(getmetatable(r[1]) == r[2]) --> true
local busy
busy = coroutine.create(function()
  local obj = setmetatable({}, {__persist = function() coroutine.resume(busy) return function() return {} end end})
  coroutine.yield(obj)
  coroutine.yield()
end)
coroutine.resume(busy)
local copy = roundtrip(busy)
print(coroutine.status(busy), coroutine.resume(copy), coroutine.resume(copy), coroutine.status(copy)) --> suspended	true	true	dead
-- No collection runs while a load builds objects no root reaches yet.
local V = {"value"}
local W = setmetatable({V}, {__mode = "v"})
local R = setmetatable({}, {__persist = function() return function() collectgarbage() return {n = #W} end end})
r = roundtrip({R = R, W = W, V = V})
print(r.W[1] == r.V, r.R.n) --> true	1
-- What a rebuild function assigns to a variable a suspended coroutine still holds on
-- its stack, the coroutine sees.
local counter = coroutine.create(function()
  local count = 0
  local obj = setmetatable({}, {__persist = function()
    return function() count = count + 1 return {loaded = count} end end})
  coroutine.yield(obj)
  return count, obj.loaded
end)
local _, counted = coroutine.resume(counter)
r = roundtrip({co = counter, obj = counted})
print(r.obj.loaded, select(2, coroutine.resume(r.co))) --> 1	1	1
-- Keys of one table that rebuild functions or perms make one object cannot load.
local one = {}
local same = {__persist = function() return function() return one end end}
print(pcall(eris.unpersist, eris.persist({[setmetatable({}, same)] = 1, [setmetatable({}, same)] = 2}))) --> false	special unpersist failed: a table has two keys that are one object once rebuilt
local kx, ky = {}, {}
data = eris.persist({[kx] = 1, [ky] = 2}, {[kx] = "x", [ky] = "y"})
print(pcall(eris.unpersist, {one, one}, data)) --> false	bad permanent value: a table has two keys that are one value once Perms gives the permanent ones
eris.settings("spkey", "__save")
print(pcall(eris.persist, setmetatable({}, {__save = false}))) --> false	attempt to persist forbidden table (root)
print(type(eris.persist(setmetatable({}, {__persist = false})))) --> string
eris.settings("spkey", nil)

-- What cannot be persisted: the error says what, and where (the last step, or the
-- whole path with the path setting).
local log = io.tmpfile()
local closed = io.tmpfile()
closed:close()
local co = coroutine.create(function()
  local function write(s) log:write(s) end
  coroutine.yield()
  write("x")
end)
coroutine.resume(co)
print(pcall(eris.persist, {co = co})) --> false	attempt to persist an open file (...upvalues.log)
print(pcall(eris.persist, {file = closed})) --> false	attempt to persist a closed file (...file)
eris.settings("path", true)
print(pcall(eris.persist, {co = co})) --> false	attempt to persist an open file (root.co.stack[0].upvalues.log)
print(pcall(eris.persist, {nested = {[false] = closed}})) --> false	attempt to persist a closed file (root.nested[false])
print(pcall(eris.persist, {setmetatable({}, {__index = setmetatable({}, {__persist = false})})})) --> false	attempt to persist forbidden table (root[1]@metatable.__index)
print(pcall(eris.persist, {main = coroutine.running()})) --> false	cannot persist currently running thread (root.main)
local self
self = coroutine.create(function() return pcall(eris.persist, {me = self}) end)
print(coroutine.resume(self)) --> true	false	cannot persist currently running thread (root.me)
local outer
outer = coroutine.wrap(function()
  local inner = coroutine.create(function() return pcall(eris.persist, {outer = outer, t = {}}) end)
  return coroutine.resume(inner)
end)
print(outer()) --> true	false	cannot persist currently running thread (root.outer.upvalues[1])
eris.settings("path", nil)
log:close()

-- maxrec bounds the depth of objects when persisting and when unpersisting.
local deep = eris.persist({{{{}}}})
eris.settings("maxrec", 3)
print(pcall(eris.persist, {{{{}}}})) --> false	object too complex (...[1])
print(pcall(eris.unpersist, deep)) --> false	limit exceeded: object too complex (depth 3 reaches the limit 3)
print(#roundtrip({{{}}})) --> 1
eris.settings("maxrec", nil)

-- Without debug information functions still load and run; errors lack positions.
local function f(a)
  local y = a + 1
  if a > 2 then error("big " .. a) end
  return y
end
local full = eris.persist(f)
eris.settings("debug", false)
local stripped = eris.persist(f)
print(#stripped < #full, eris.settings("debug")) --> true	false
eris.settings("debug", nil)
local g = eris.unpersist(stripped)
print(g(1), pcall(g, 5)) --> 2	false	big 5
local ok, msg = pcall(eris.unpersist(full), 5)
print(ok, msg == "eris.lua:" .. debug.getinfo(f, "S").linedefined + 2 .. ": big 5") --> false	true
print(debug.getinfo(g, "S").source, debug.getinfo(g, "l").currentline, debug.getlocal(g, 1)) --> =?	-1	nil
local h = eris.unpersist((function() eris.settings("debug", false); local s = eris.persist(function(t) return t.x.y end); eris.settings("debug", true); return s end)())
print(pcall(h, {})) --> false	?:-1: attempt to index a nil value (field 'x')

-- Truncated and corrupted snapshots give errors saying what is wrong.
local s = eris.persist({1, 2, "three"})
print(pcall(eris.unpersist, s:sub(1, 3))) --> false	corrupt snapshot: header: truncated after 3 bytes: unexpected EOF
print(pcall(eris.unpersist, s:sub(1, -2))) --> false	corrupt snapshot: body: truncated after 46 bytes: unexpected EOF
print(pcall(eris.unpersist, "not a snapshot")) --> false	not a snapshot
print(pcall(eris.unpersist, s:sub(1, 9) .. "\3" .. s:sub(11))) --> false	format version mismatch: snapshot version 3, this build reads versions 1 to 2
print(pcall(eris.unpersist, s:sub(1, -2) .. "E")) --> false	corrupt snapshot: body: checksum mismatch, the snapshot is damaged
print(pcall(eris.unpersist, s .. "\0")) --> false	corrupt snapshot: body: data after the end (1 bytes)
print(pcall(eris.unpersist, 42)) --> false	bad argument #1 to 'eris.unpersist' (string expected, got number)
