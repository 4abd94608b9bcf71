-- a count hook between a call with open results and the instruction that takes
-- them up to the stack top leaves those results alone
local function f(...) return 3, ... end
local count = 0
local a = {}
for i = 1, 100 do a[i] = i end
debug.sethook(function() count = count + 1 end, "", 1)
local t = {table.unpack(a)}
local n1 = #t
t = {table.unpack(a, 1, 3)}
local n2 = #t
t = {f(table.unpack(a, 1, 30))}
local n3 = #t
print(select("#", f(f(table.unpack(a, 1, 5)))))
debug.sethook()
print(n1, n2, n3, count)
