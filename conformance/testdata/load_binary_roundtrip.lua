-- string.dump output loads back and behaves the same
local function f(a, b) return a * b + 1, "ok" end
local dumped = string.dump(f)
print(type(dumped), #dumped > 0, dumped:sub(1, 4) == "\27Lua")
local g = load(dumped, "dumped", "b")
print(g(6, 7))
local stripped = load(string.dump(f, true))
print(stripped(2, 3))
local withup = (function() local u = 5 return function() return u end end)()
local h = load(string.dump(withup))
-- load sets the first upvalue of the loaded function to the globals
local okh, vh = pcall(h)
print(okh, vh == _G)
print(pcall(string.dump, print))
print(select(2, load("\27Lua garbage", "bad", "b")))
local src = "local t = {} for i = 1, 3 do t[i] = i * i end return table.concat(t, ',')"
print(load(string.dump(load(src)))())
