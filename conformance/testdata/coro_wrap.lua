-- coroutine.wrap returns a function that resumes
local gen = coroutine.wrap(function(n)
  for i = 1, n do coroutine.yield(i) end
  return "last"
end)
print(gen(3), gen(), gen(), gen())
print(pcall(gen))
local w = coroutine.wrap(function(...) local a = {...} while true do a = {coroutine.yield(#a)} end end)
print(w(1, 2, 3), w(), w(nil, nil))
print(type(coroutine.wrap(print)))
