-- __gc metamethods: when they run, in which order, with what, and what happens to
-- their errors, weak tables and objects they resurrect.

warn("@on")

-- unreachable objects are finalized, newest mark first
for i = 1, 3 do
  setmetatable({id = i}, {__gc = function(o) print("finalize", o.id) end})
end
collectgarbage()
print("after first collection")

-- a reachable object is not finalized
local kept = setmetatable({}, {__gc = function() print("never while kept") end})
collectgarbage()
print("kept", type(kept))

-- __gc must be present when the metatable is set; a later one is ignored
local mt = {}
setmetatable({}, mt)
mt.__gc = function() print("not marked") end
collectgarbage()

-- the metamethod is looked up when it runs
local late = {__gc = true}
setmetatable({}, late)
late.__gc = function() print("looked up late") end
collectgarbage()

-- errors become warnings, and the other finalizers still run
setmetatable({}, {__gc = function() print("second") end})
setmetatable({}, {__gc = function() error("boom") end})
setmetatable({}, {__gc = function() error({}) end})
setmetatable({}, {__gc = 42})
collectgarbage()

-- a finalizer cannot use the collector
setmetatable({}, {__gc = function() print("inside", collectgarbage("count")) end})
collectgarbage()

-- resurrection: the object and what it reaches are intact in the finalizer
local saved
do
  local inner = {value = "inner"}
  setmetatable({inner = inner}, {__gc = function(o) saved = o end})
end
collectgarbage()
print("resurrected", saved.inner.value)
saved = nil

-- weak values lose a finalized object before its finalizer runs; weak keys keep
-- it until the next collection
local wv = setmetatable({}, {__mode = "v"})
local wk = setmetatable({}, {__mode = "k"})
do
  local o = setmetatable({}, {__gc = function(o)
    print("in finalizer: weak value", wv[1], "weak key", wk[o])
  end})
  wv[1] = o
  wk[o] = "key"
end
collectgarbage()
local n = 0
for _ in pairs(wk) do n = n + 1 end
print("weak key entries", n)
collectgarbage()
n = 0
for _ in pairs(wk) do n = n + 1 end
print("weak key entries", n)

-- finalizers also run when the program allocates
local done = false
setmetatable({}, {__gc = function() done = true end})
local i = 0
repeat local t = {}; i = i + 1 until done
print("automatic", done)

-- a traceback inside a finalizer names it
setmetatable({}, {__gc = function() print((debug.traceback("tb"):gsub("\n.*", ""))) print(debug.getinfo(1, "n").namewhat, debug.getinfo(1, "n").name) end})
collectgarbage()

-- what is left runs when the program ends, newest first
setmetatable({}, {__gc = function() print("at exit, older") end})
setmetatable({}, {__gc = function() print("at exit, newer") end})
kept = nil
print("end of script")
