-- 1,000 coroutines, each suspended by coroutine.yield 20 Lua calls deep, with locals
-- in every frame and a pending addition in each caller. The program returns the
-- array of coroutines. The function reaches no globals, so the snapshot holds the
-- coroutines and not the globals table. It is Lua 5.2 as well, so that the same
-- shape can be persisted by Eris.

local yield = coroutine.yield

local function dive(depth, acc, tag)
  if depth == 1 then return yield(acc, tag) end
  local here = depth * 2
  return here + dive(depth - 1, acc + here, tag)
end

local all = {}
for i = 1, 1000 do
  local co = coroutine.create(dive)
  assert(coroutine.resume(co, 20, i, "co" .. i))
  all[i] = co
end
return all
