-- closures are distinct values; functions compare by identity
local function make() return function() end end
local a, b = make(), make()
print(a == b, a == a, type(a))
local t = {}
t[a] = 1 t[b] = 2
print(t[a], t[b])
local same = {}
for i = 1, 3 do same[i] = print end
print(same[1] == same[2], same[1] == print)
local function noupvalue() return 1 end
print(noupvalue == noupvalue)
