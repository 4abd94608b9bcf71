-- values passed through yield and resume keep their types and count
local co = coroutine.create(function(...)
  print(select("#", ...), ...)
  print(select("#", coroutine.yield()))
  print(select("#", coroutine.yield(nil, nil)))
  return nil, nil, nil
end)
print(coroutine.resume(co, nil, 1, nil))
print(select("#", coroutine.resume(co)))
print(select("#", coroutine.resume(co, 1, 2, 3)))
