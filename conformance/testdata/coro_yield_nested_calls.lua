-- yield from deep inside a chain of Lua calls
local function level(n)
  if n == 0 then return coroutine.yield("bottom") end
  local r = level(n - 1)
  return r + 1
end
local co = coroutine.create(function() return level(100) end)
print(coroutine.resume(co))
print(coroutine.resume(co, 0))
local walker = coroutine.wrap(function()
  local function walk(t) for _, v in ipairs(t) do if type(v) == "table" then walk(v) else coroutine.yield(v) end end end
  walk({1, {2, {3, {4}}, 5}, {{6}}})
end)
local out = {}
for v in walker do out[#out + 1] = v end
print(table.concat(out, " "))
