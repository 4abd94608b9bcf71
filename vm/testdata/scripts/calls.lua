-- Calls, varargs, multiple results and tail calls.
local function pack(...) return select("#", ...), ... end
print(pack())                          --> 0
print(pack(nil, nil))                  --> 2	nil	nil
local function three() return 1, 2, 3 end
print(three(), three())                --> 1	1	2	3
print((three()))                       --> 1
local t = {three(), three()}
print(#t)                              --> 4
local function count(n) if n == 0 then return "done" end return count(n - 1) end
print(count(1000000))                  --> done
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
print(deep(200000))                    --> 200000
local ok, err = pcall(function() local function f() return 1 + f() end return f() end)
print(ok, err)                         --> ~false	.*calls.lua:14: stack overflow
local obj = {n = 2}
function obj:add(x) return self.n + x end
print(obj:add(3))                      --> 5
local callable = setmetatable({}, {__call = function(self, a, b) return a + b end})
print(callable(4, 5))                  --> 9
print(string.rep("ab", 3, ","))        --> ab,ab,ab
-- A continuation calling a builtin many times must not nest Go calls.
local big = {}
for i = 1, 200000 do big[i] = (i * 7919) % 200003 end
table.sort(big, math.ult)
print(big[1], big[#big])               --> 1	200002
