-- Coroutines suspended in generic for loops: in a Lua iterator, in the loop body
-- of pairs, ipairs, next and gmatch, in __pairs, with a closing value.
local closer = setmetatable({}, {__close = function() end})
local cos = {
  coroutine.create(function()
    local n = 0
    for i in function(_, c) if c < 3 then return coroutine.yield(c) end end, nil, 0 do
      n = n + (i or 0)
    end
    return n
  end),
  coroutine.create(function()
    for k, v in pairs({a = 1, b = 2, 3}) do coroutine.yield(k, v) end
  end),
  coroutine.create(function()
    for i, v in ipairs({1, 2, 3}) do coroutine.yield(i, v) end
  end),
  coroutine.create(function()
    for w in string.gmatch("one two", "%a+") do coroutine.yield(w) end
  end),
  coroutine.create(function()
    local t = setmetatable({}, {__pairs = function(t)
      coroutine.yield("pairs")
      return next, {1, 2}, nil
    end})
    for k in pairs(t) do coroutine.yield(k) end
  end),
  coroutine.create(function()
    for k in next, {1, 2}, nil, closer do coroutine.yield(k) end
  end),
}
for _, co in ipairs(cos) do coroutine.resume(co) end
return cos
