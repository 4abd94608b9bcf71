-- the main thread cannot yield and is always running
local main, ismain = coroutine.running()
print(ismain, coroutine.status(main), coroutine.isyieldable())
print(coroutine.resume(main))
print(pcall(coroutine.close, main))
local co = coroutine.create(function() local t, m = coroutine.running() return m, t == main end)
print(coroutine.resume(co))
