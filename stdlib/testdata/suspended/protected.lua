-- Coroutines suspended inside pcall and xpcall: in the called function, in the
-- message handler, and in a __close run while an error unwinds to pcall.
local closing = setmetatable({}, {__close = function(_, e) coroutine.yield("closing", e) end})

local cos = {
  coroutine.create(function()
    local ok, e = pcall(function(a) coroutine.yield(a) error("e") end, 1)
    return ok, e
  end),
  coroutine.create(function()
    return xpcall(function() coroutine.yield(2) error({}) end, print)
  end),
  coroutine.create(function()
    return xpcall(function() local t = nil; return t.x end,
      function(m) return coroutine.yield(m) end)
  end),
  coroutine.create(function()
    return pcall(function()
      local c <close> = closing
      local d <close> = closing
      error("unwinding", 0)
    end)
  end),
  coroutine.create(function()
    return pcall(pcall, coroutine.yield, "nested")
  end),
  coroutine.create(function()
    return xpcall(error, coroutine.yield, "handled by yield")
  end),
}
for _, co in ipairs(cos) do coroutine.resume(co) end
return cos
