-- an empty message still takes its own line before "stack traceback:"
local function show(s) print((s:gsub("\n", "|"))) end
show(debug.traceback(""))
show(debug.traceback("", 1))
show(debug.traceback("m", 1))
show(debug.traceback(nil, 1))
show(debug.traceback())
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
show(debug.traceback(co, ""))
show(debug.traceback(co, 12))
show(debug.traceback(co))
print(debug.traceback({}) ~= nil, type(debug.traceback(print)))
error("", 0)
