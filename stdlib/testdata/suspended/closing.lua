-- Coroutines with pending to-be-closed variables, and suspended inside a __close run
-- when a block ends, when a function returns, and across an open upvalue.
local log = {}
local function closer(name)
  return setmetatable({}, {__close = function(_, e) log[#log + 1] = name end})
end
local yclose = setmetatable({}, {__close = function() coroutine.yield("close") end})
local cos = {
  coroutine.create(function()
    local a <close> = closer("a")
    do
      local b <close> = closer("b")
      coroutine.yield("b pending")
    end
    local c <close> = closer("c")
    error("boom", 0)
  end),
  coroutine.create(function()
    local a <close> = closer("a")
    do
      local d <close> = yclose
    end
    return 1
  end),
  coroutine.create(function(...)
    local d <close> = yclose
    return ...
  end),
  coroutine.create(function()
    local x, n = 1, 2
    local c <close> = closer("c")
    local function get() return x + n end
    coroutine.yield(get)
    x = 3
    return get()
  end),
}
for _, co in ipairs(cos) do coroutine.resume(co, 1, 2) end
return {cos = cos, log = log}
