-- pluto library: require, version, persist and unpersist with perms, the globals as a
-- permanent value, errors with their path, and the human-readable form
print(require("pluto") == pluto, package.loaded.pluto == pluto, pluto.version()) --> true	true	pluto-go 1.0
print(pcall(pluto.persist, nil, 1)) --> false	bad argument #1 to 'pluto.persist' (table expected, got nil)
print(pcall(pluto.persist, {})) --> false	bad argument #2 to 'pluto.persist' (value expected)
print(pcall(pluto.unpersist, {}, 1)) --> false	not a snapshot

-- Values round-trip; identity and cycles are kept.
local t = {1, 2.5, "three", sub = {}}
t.sub.back, t.self = t, t
local r = pluto.unpersist({}, pluto.persist({}, t))
print(r[1], math.type(r[1]), r[2], r[3], r.self == r, r.sub.back == r) --> 1	integer	2.5	three	true	true

-- The globals of the persisting state are written as a permanent value: a loaded
-- function uses the globals of the state that loads it, here the same table.
greeting = "hello"
local function greet() return greeting end
local data = pluto.persist({}, greet)
greeting = "hello again"
local loaded = pluto.unpersist({}, data)
print(loaded(), #data < #eris.persist(greet)) --> hello again	true
greeting = nil

-- Perms replace values by keys; the loading side gives the inverse mapping.
local saved = pluto.persist({[coroutine.yield] = 1, [io.stdout] = "out"}, {coroutine.yield, io.stdout})
local back = pluto.unpersist({[1] = coroutine.yield, out = io.stdout}, saved)
print(back[1] == coroutine.yield, back[2] == io.stdout) --> true	true
print(pcall(pluto.unpersist, {[1] = coroutine.yield}, saved)) --> false	bad permanent value for key "out" (userdata expected, got no value)
local swapped = pluto.unpersist({[1] = print, out = io.stderr}, saved)
print(swapped[1] == print, swapped[2] == io.stderr) --> true	true

-- Errors name the value that cannot be persisted and the whole path to it.
local log = io.tmpfile()
local co = coroutine.create(function()
  local function w(s) log:write(s) end
  coroutine.yield()
  w("x")
end)
coroutine.resume(co)
print(pcall(pluto.persist, {}, {co = co})) --> false	attempt to persist an open file (root.co.stack[0].upvalues.log)
print(pcall(pluto.persist, {}, {here = {coroutine.running()}})) --> false	cannot persist currently running thread (root.here[1])
print(pcall(pluto.persist, {}, {[2] = setmetatable({}, {__persist = false})})) --> false	attempt to persist forbidden table (root[2])
log:close()

-- pluto.human(true) makes persist return the snapshot as readable text.
pluto.human(true)
local text = pluto.persist({}, {10, 2.5, "s", flag = true, f = string.rep})
pluto.human(false)
print((text:gsub("\n$", ""):gsub("\n", " | "))) --> snapshot format 2, 75 bytes | root = table 0 | table 0: array 3, hash 2/2 |     [1] = 10 |     [2] = 2.5 |     [3] = "s" |     ["flag"] = true |     ["f"] = builtin 0 | builtin 0: string.rep
print(#pluto.persist({}, {}) < #text) --> true
