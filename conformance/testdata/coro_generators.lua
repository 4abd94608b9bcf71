-- producer/consumer and generator patterns
local function producer(items)
  return coroutine.create(function()
    for _, v in ipairs(items) do coroutine.yield(v) end
  end)
end
local function filter(src, pred)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not v then return end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local f = filter(producer({1, 2, 3, 4, 5, 6, 7, 8}), function(v) return v % 2 == 0 end)
local out = {}
while true do
  local ok, v = coroutine.resume(f)
  if not v then break end
  out[#out + 1] = v
end
print(table.concat(out, " "))
local function perm(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do a[n], a[i] = a[i], a[n] perm(a, n - 1) a[n], a[i] = a[i], a[n] end
  end
end
local count = 0
for p in coroutine.wrap(function() perm({1, 2, 3, 4}) end) do count = count + 1 end
print(count)
