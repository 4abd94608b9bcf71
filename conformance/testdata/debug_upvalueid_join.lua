-- upvalueid identity and upvaluejoin
local a, b = 1, 2
local function fa() return a end
local function fb() return b end
local function fa2() return a end
print(debug.upvalueid(fa, 1) == debug.upvalueid(fa2, 1), debug.upvalueid(fa, 1) == debug.upvalueid(fb, 1))
print(type(debug.upvalueid(fa, 1)))
debug.upvaluejoin(fa, 1, fb, 1)
print(fa(), fb())
b = 50
print(fa())
print(debug.upvalueid(fa, 1) == debug.upvalueid(fb, 1))
print(pcall(debug.upvalueid, fa, 5))
print(pcall(debug.upvaluejoin, fa, 1, print, 1))
print(pcall(debug.upvaluejoin, fa, 3, fb, 1))
