-- wrapped generators composed into pipelines
local function gen(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end
local function map(f, g) return coroutine.wrap(function() for v in g do coroutine.yield(f(v)) end end) end
local function take(n, g) return coroutine.wrap(function() for v in g do if n <= 0 then return end n = n - 1 coroutine.yield(v) end end) end
local out = {}
for v in take(4, map(function(x) return x * x end, gen(100))) do out[#out + 1] = v end
print(table.concat(out, ","))
local fib = coroutine.wrap(function() local a, b = 0, 1 while true do coroutine.yield(a) a, b = b, a + b end end)
out = {}
for i = 1, 15 do out[i] = fib() end
print(table.concat(out, " "))
