-- local function vs local f = function and forward declarations
local function a() return "a" end
local b = function() return "b" end
local c
function c() return "c" end
local d; d = function() return "d" end
print(a(), b(), c(), d())
local t = {}
t.f = function(self) return self == t end
print(t:f(), t.f(nil))
print(pcall(load("local m = {} function m.x.y() end return 1", "=defn")))
