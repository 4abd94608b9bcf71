-- the locals of a suspended coroutine: its yield has passed its values on, so the
-- yield's frame has no temporaries, except the one setlocal moves onto its stack
local co = coroutine.create(function(a, ...)
  local b = a * 2
  coroutine.yield(10, 20, 30)
  return a, b, ...
end)
coroutine.resume(co, 1, 2, 3)
for level = 0, 1 do
  for n = -3, 4 do
    print(level, n, debug.getlocal(co, level, n))
  end
end
print(debug.setlocal(co, 0, 1, "v"))
print(debug.setlocal(co, 0, 2, "v"))
print(debug.getlocal(co, 0, 1))
print(debug.setlocal(co, 1, 2, 40))
print(debug.setlocal(co, 1, -1, "x"))
print(pcall(debug.setlocal, co, 2, 1, 1))
print(coroutine.resume(co))
