-- equality of values of different types
local f = function() end
local g = function() end
print(f == f, f == g, print == print, "x" == "x", 1 == 1.0, 0 == -0)
print(nil == false, {} == {}, "1" == 1, true == 1)
local s1 = "hel" .. "lo"
local s2 = "hello"
print(s1 == s2, rawequal(s1, s2))
local t = {}
print(t == t, t ~= {}, coroutine.running() == coroutine.running())
local long1 = string.rep("ab", 100)
local long2 = string.rep("a", 1) .. string.rep("ba", 99) .. "b"
print(long1 == long2)
