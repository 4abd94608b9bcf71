-- getinfo and getlocal on another coroutine's stack
local co = coroutine.create(function(a)
  local inside = a * 2
  coroutine.yield()
end)
coroutine.resume(co, 21)
local info = debug.getinfo(co, 1, "Sl")
print(info.short_src, info.currentline, info.what)
print(debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2))
print(debug.getinfo(co, 0, "n").name)
print(debug.getinfo(co, 5))
print(pcall(debug.getlocal, co, 10, 1))
