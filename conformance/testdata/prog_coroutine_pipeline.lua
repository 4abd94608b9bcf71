-- Producers, filters and consumers as coroutines; generators with wrap;
-- a goto-driven state machine tokenizing text; closures captured in loops
local function producer(items)
  return coroutine.create(function()
    for _, it in ipairs(items) do coroutine.yield(it) end
    return "done"
  end)
end

local function filter(src, pred)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not ok then error(v, 0) end
      if coroutine.status(src) == "dead" then return v end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end

local function map(src, f)
  return coroutine.wrap(function()
    while true do
      local ok, v = coroutine.resume(src)
      if coroutine.status(src) == "dead" then return end
      coroutine.yield(f(v))
    end
  end)
end

local nums = {}
for i = 1, 30 do nums[i] = i end
local out = {}
for v in map(filter(producer(nums), function(n) return n % 4 == 1 end), function(n) return n * n end) do
  out[#out + 1] = v
end
print(table.concat(out, ","))

-- permutations generator (recursive yields across nested coroutine calls)
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) return end
  for i = 1, n do
    a[n], a[i] = a[i], a[n]
    permgen(a, n - 1)
    a[n], a[i] = a[i], a[n]
  end
end
local count, firsts = 0, {}
for p in coroutine.wrap(function() permgen({1, 2, 3, 4}) end) do
  count = count + 1
  if count <= 5 then firsts[#firsts + 1] = table.concat(p) end
end
print(count, table.concat(firsts, " "))

-- consumer-driven: values passed into resume and back out of yield
local acc = coroutine.wrap(function(first)
  local total = first
  while true do
    local v = coroutine.yield(total)
    if v == nil then break end
    total = total + v
  end
  return "final " .. total
end)
print(acc(1), acc(2), acc(3), acc(nil))
print(pcall(acc, 1))

-- an error inside a pipeline stage surfaces with its position
local bad = filter(producer({1, 2, "x", 4}), function(n) return n + 1 > 2 end)
local got = {}
while true do
  local ok, v = coroutine.resume(bad)
  if not ok then got[#got + 1] = "error: " .. v break end
  if coroutine.status(bad) == "dead" then break end
  got[#got + 1] = tostring(v)
end
print(table.concat(got, " | "))

-- goto state machine
local function tokens(s)
  local i, res, buf = 1, {}, ""
  local c
  ::start::
  c = s:sub(i, i)
  if c == "" then goto finish end
  if c:match("%d") then goto number end
  if c:match("%a") then goto word end
  i = i + 1
  goto start
  ::number::
  buf = ""
  while s:sub(i, i):match("%d") do buf = buf .. s:sub(i, i) i = i + 1 end
  res[#res + 1] = "N(" .. buf .. ")"
  goto start
  ::word::
  buf = ""
  while s:sub(i, i):match("%w") do buf = buf .. s:sub(i, i) i = i + 1 end
  res[#res + 1] = "W(" .. buf .. ")"
  goto start
  ::finish::
  return table.concat(res, " ")
end
print(tokens("abc 123 x9 42z, end"))

-- closures capture a fresh variable per iteration
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
local j = 0
while j < 3 do j = j + 1 local k = j fs[#fs + 1] = function() k = k + 10 return k end end
for _, f in ipairs(fs) do io.write(f(), " ") end
print(fs[4](), fs[5]())

-- coroutine.close runs pending to-be-closed variables
local co = coroutine.create(function()
  local r <close> = setmetatable({}, {__close = function(_, e) print("closed with", e) end})
  coroutine.yield(1)
end)
print(coroutine.resume(co))
print(coroutine.close(co), coroutine.status(co))
print(coroutine.isyieldable(), select(2, coroutine.running()))
