-- getinfo by stack level: names, what, currentline
local function show(level)
  local i = debug.getinfo(level + 1, "nSl")
  return string.format("%s %s %s %s line=%d", tostring(i.name), tostring(i.namewhat), i.what, i.short_src, i.currentline)
end
local function named() local r = show(1) return r end
local t = {}
function t.method() local r = show(1) return r end
function t:colon() local r = show(1) return r end
print(named())
print(t.method())
print(t:colon())
print(show(0))
print((function() local r = show(1) return r end)())
g_global = function() local r = show(1) return r end
print(g_global())
local up = named
print((function() local r = up() return r end)())
local function tailer() return show(1) end
print(tailer())
local i = debug.getinfo(1, "S")
print(i.what, i.source, i.short_src, i.linedefined, i.lastlinedefined)
local act = debug.getinfo(1, "t")
print(act.istailcall)
