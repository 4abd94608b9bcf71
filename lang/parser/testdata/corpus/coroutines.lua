-- Generators, a scheduler and closures over upvalues.
local function gen_range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end

local function map(f, g)
  return coroutine.wrap(function()
    for v in g do coroutine.yield(f(v)) end
  end)
end

local function filter(p, g)
  return coroutine.wrap(function()
    for v in g do
      if p(v) then coroutine.yield(v) end
    end
  end)
end

local total = 0
for v in filter(function(x) return x % 2 == 0 end, map(function(x) return x * x end, gen_range(20))) do
  total = total + v
end
print("sum of even squares", total)

local Scheduler = {}
Scheduler.__index = Scheduler

function Scheduler.new() return setmetatable({ tasks = {}, time = 0, log = {} }, Scheduler) end

function Scheduler:spawn(name, fn, ...)
  local co = coroutine.create(fn)
  self.tasks[#self.tasks + 1] = { name = name, co = co, wake = 0, args = table.pack(...) }
end

function Scheduler:run()
  while #self.tasks > 0 do
    table.sort(self.tasks, function(a, b) return a.wake < b.wake end)
    local task = table.remove(self.tasks, 1)
    self.time = math.max(self.time, task.wake)
    local ok, delay = coroutine.resume(task.co, table.unpack(task.args, 1, task.args.n))
    task.args = { n = 0 }
    if not ok then
      self.log[#self.log + 1] = task.name .. " failed: " .. tostring(delay)
    elseif coroutine.status(task.co) ~= "dead" then
      task.wake = self.time + (delay or 0)
      self.tasks[#self.tasks + 1] = task
    else
      self.log[#self.log + 1] = ("%s done at %d"):format(task.name, self.time)
    end
  end
  return self.log
end

local sched = Scheduler.new()
for i = 1, 3 do
  sched:spawn("worker" .. i, function(n)
    for step = 1, n do
      coroutine.yield(i * step)
    end
  end, i + 1)
end
sched:spawn("crasher", function() error({ code = 42 }) end)
for _, line in ipairs(sched:run()) do print(line) end

local function counter()
  local n = 0
  return {
    inc = function(by) n = n + (by or 1); return n end,
    get = function() return n end,
    reset = function() local old = n; n = 0; return old end,
  }
end

local c1, c2 = counter(), counter()
c1.inc(); c1.inc(5); c2.inc(2)
print(c1.get(), c2.get(), c1.reset(), c1.get())

local function memoize(f)
  local cache = setmetatable({}, { __mode = "k" })
  return function(x)
    local v = cache[x]
    if v == nil then v = f(x); cache[x] = v end
    return v
  end
end

local fib
fib = memoize(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80))

do
  local t <close> = setmetatable({}, { __close = function() print("closed") end })
  local k <const> = 10
  print(k, not nil, #"abc", -2 ^ 2, 2 ^ -1, 7 // 2, 7 % -3, 1 < 2 == true, "a" .. 1 .. 2)
end

local varargs = function(...)
  local a, b = ...
  return select("#", ...), a, b, { ... }
end
print(varargs(1, nil, 3))
