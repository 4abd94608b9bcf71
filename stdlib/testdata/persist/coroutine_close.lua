-- To-be-closed variables of suspended frames: after loading, leaving their blocks
-- closes them in order, an error in a protected call closes them with the error,
-- coroutine.close closes those still pending in a suspended coroutine or in one dead
-- of an error, and a __close that yields is itself resumed where it stopped.

local log = {}
local function closer(name)
  return setmetatable({}, {__close = function(_, err)
    log[#log + 1] = name .. " closed" .. (err ~= nil and (" by " .. tostring(err)) or "")
  end})
end

local co1 = coroutine.create(function()
  local a <close> = closer("a")
  do
    local b <close> = closer("b")
    coroutine.yield("b pending")
  end
  coroutine.yield("a pending")
  local c <close> = closer("c")
  error("boom", 0)
end)

local co2 = coroutine.create(function()
  local d <close> = closer("d")
  local e <close> = closer("e")
  coroutine.yield("d and e pending")
  return "never"
end)

local co3 = coroutine.create(function()
  local f <close> = setmetatable({}, {__close = function()
    log[#log + 1] = "f closing"
    local got = coroutine.yield("inside __close")
    log[#log + 1] = "f got " .. tostring(got)
  end})
  local ok, err = pcall(function()
    local g <close> = closer("g")
    coroutine.yield("g pending in pcall")
    error("inner", 0)
  end)
  log[#log + 1] = "pcall gave " .. tostring(ok) .. " " .. tostring(err)
  return "co3 done"
end)

print(coroutine.resume(co1))
print(coroutine.resume(co2))
print(coroutine.resume(co3))
return {co1 = co1, co2 = co2, co3 = co3, log = log}
---- persist ----
local r = ...
print(coroutine.resume(r.co1))
print(coroutine.resume(r.co3))
print(table.concat(r.log, "; "))
return r
---- persist ----
local r = ...
print(coroutine.resume(r.co1))
print(coroutine.status(r.co1), coroutine.close(r.co2), coroutine.status(r.co2))
print(coroutine.resume(r.co3, "resumed value"))
print(table.concat(r.log, "; "))
return r
---- persist ----
local r = ...
print(coroutine.close(r.co1))
print(coroutine.status(r.co3), coroutine.resume(r.co3))
print(table.concat(r.log, "; "))
