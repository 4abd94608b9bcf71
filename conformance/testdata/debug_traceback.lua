-- debug.traceback shapes
local function lvl3() return debug.traceback("msg here") end
local function lvl2() return lvl3() .. "" end
local function lvl1() local r = lvl2() return r end
print(lvl1())
print(debug.traceback("level 2", 2))
print(debug.traceback())
print(debug.traceback(nil) == nil, debug.traceback(42), type(debug.traceback({})))
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "co msg"))
print(debug.traceback(co, "co msg", 1))
local t = {}
function t.field_fn() return debug.traceback("in field") end
print(t.field_fn())
