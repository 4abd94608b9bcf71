-- multiple assignment adjusts values to targets
local a, b, c = 1, 2
print(a, b, c)
a, b = 10, 20, 30
print(a, b)
a, b = b, a
print(a, b)
local function three() return 1, 2, 3 end
local x, y, z, w = three()
print(x, y, z, w)
x, y, z = three(), 10
print(x, y, z)
x, y, z = (three())
print(x, y, z)
local t = {}
t.a, t.b, t[1] = 1, 2, 3
print(t.a, t.b, t[1])
local i = 1
i, t[i] = i + 1, "set"
print(i, t[1], t[2])
