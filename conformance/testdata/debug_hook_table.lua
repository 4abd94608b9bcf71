-- the registry's hook table: weak keys, its own metatable, one entry a hooked thread
debug.sethook(print, "", 0)
local t = debug.getregistry()._HOOKKEY
print(type(t), getmetatable(t) == t, t.__mode)
local function hook() end
debug.sethook(hook, "l")
print(t[coroutine.running()] == hook)
debug.sethook()
for k, v in pairs(t) do print(type(k), k, v) end
local co = coroutine.create(function() end)
debug.sethook(co, hook, "c")
print(t[co] == hook, debug.gethook(co) == hook)
