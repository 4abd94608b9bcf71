-- reading and writing globals through _ENV and _G
x1 = 1
_ENV.x2 = 2
_G.x3 = 3
rawset(_G, "x4", 4)
print(x1, x2, x3, x4, _G.x1, _ENV["x2"])
x1 = nil
print(x1, rawget(_G, "x1"))
local function setter() y = "set from function" end
setter()
print(y)
local name = "dyn" .. "amic"
_G[name] = "dynamic global"
print(dynamic)
