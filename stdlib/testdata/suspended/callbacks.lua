-- Coroutines suspended in Lua functions that builtins call back: a table.sort
-- comparator, a string.gsub replacement, a load reader.
local cos = {
  coroutine.create(function()
    local t = {5, 3, 9, 1, 7, 2}
    table.sort(t, function(a, b) coroutine.yield() return a < b end)
    return t[1]
  end),
  coroutine.create(function()
    return (string.gsub("a b c", "%a", function(w) return coroutine.yield(w) end))
  end),
  coroutine.create(function()
    return load(function() return coroutine.yield("piece") end)
  end),
}
for _, co in ipairs(cos) do coroutine.resume(co) end
return cos
