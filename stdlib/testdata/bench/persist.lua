-- Times eris.persist and eris.unpersist on the shapes of persist_*.lua, run from
-- this folder: pluto-go persist.lua [rounds]. For each shape it prints the best
-- time of each in milliseconds and the snapshot's size in bytes.

local rounds = tonumber(arg and arg[1]) or 5
local clock = os.clock

-- best returns the shortest time, in milliseconds, of rounds calls of f.
local function best(f)
  local t = math.huge
  for _ = 1, rounds do
    collectgarbage()
    local start = clock()
    f()
    t = math.min(t, (clock() - start) * 1000)
  end
  return t
end

for _, shape in ipairs({"graph", "threads", "array"}) do
  local root = dofile("persist_" .. shape .. ".lua")
  local data
  local persist = best(function() data = eris.persist(root) end)
  local unpersist = best(function() eris.unpersist(data) end)
  print(string.format("%-8s persist %7.1f ms  unpersist %7.1f ms  %9d bytes",
    shape, persist, unpersist, #data))
end
