-- A computation that outlives its process: a coroutine kept in a snapshot file.
-- Usage: chain.lua file steps api. Each run loads the coroutine from file (or starts
-- it when there is no file), resumes it steps times, printing what it yields, and
-- after each resume persists it back to file with api (eris or pluto).

local file, steps, api = arg[1], tonumber(arg[2]), arg[3]

-- job walks a table whose keys were deleted and added, summing through a closure
-- that shares its total, then waits inside pcall with a to-be-closed variable.
local function job(msg)
  local log, total = {}, 0
  local function add(n) total = total + n; return total end
  local t = {a = 1, b = 2, c = 3, d = 4}
  t.b, t.e = nil, 5
  for k, v in pairs(t) do
    msg = coroutine.yield(k .. "=" .. v .. " total " .. add(v) .. " " .. msg)
  end
  local ok, err = pcall(function()
    local c <close> = setmetatable({}, {__close = function() log[#log + 1] = "closed" end})
    msg = coroutine.yield("in pcall " .. msg)
    error("raised after " .. msg, 0)
  end)
  return "done " .. tostring(ok) .. " " .. err .. " " .. table.concat(log, ",") .. " " .. total
end

local persist = {
  eris = function(co) return eris.persist(co) end,
  pluto = function(co) return pluto.persist({}, co) end,
}
local unpersist = {
  eris = function(data) return eris.unpersist(data) end,
  pluto = function(data) return pluto.unpersist({}, data) end,
}

local co = coroutine.create(job)
local f = io.open(file, "rb")
if f then
  co = unpersist[api](f:read("a"))
  f:close()
end
for _ = 1, steps do
  print(coroutine.resume(co, "resume " .. coroutine.status(co)))
  local out = assert(io.open(file, "wb"))
  out:write(persist[api](co))
  out:close()
end
