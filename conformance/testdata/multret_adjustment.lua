-- multiple results are adjusted by context
local function mr() return 1, 2, 3 end
local function none() end
print(mr(), mr())
print(mr(), 10)
print(({mr(), mr()})[4], #{mr(), mr()})
local a, b, c, d = mr()
print(a, b, c, d)
a, b = none()
print(a, b)
print(mr() + 10, (mr()))
print(#table.pack(none()), table.pack(none(), 1).n)
print(string.format("%d %d %d", mr()))
print(math.max(mr()), select("#", mr(), mr()))
local t = {}
t[1], t[2] = mr()
print(t[1], t[2])
print(pcall(mr))
print((pcall(mr)))
