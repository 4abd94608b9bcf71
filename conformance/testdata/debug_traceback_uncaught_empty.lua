-- An empty message still takes its own line before "stack traceback:", in
-- debug.traceback and in the interpreter's report of an uncaught error
print((debug.traceback("", 1)))
print((debug.traceback(nil, 1)))
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.traceback(co, ""))
print(debug.traceback(co, nil))
print(select("#", debug.traceback("")), #debug.traceback("") > 0)
error("", 0)
