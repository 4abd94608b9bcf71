-- deep non-tail recursion of 200000 levels works
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(200000))
local function sum(n) if n == 0 then return 0 end local r = sum(n - 1) return r + n end
print(sum(100000))
local t = {}
local function build(n) if n == 0 then return {} end return {next = build(n - 1)} end
local list = build(50000)
local c = 0
while list do c = c + 1 list = list.next end
print(c)
