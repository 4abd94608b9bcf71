-- inside a call hook, the called Lua function's currentline is that of its first
-- instruction (or, for a vararg function, the one after VARARGPREP)
local events = {}
local function hook(event)
  local info = debug.getinfo(2, "nSl")
  events[#events + 1] = event .. " " .. tostring(info.name) .. " " .. info.what .. " " ..
    info.currentline
end
local function fixed(x)
  local y = x * 2
  return y
end
local function vararg(...)
  local a = ...
  return a
end
local function spread(
  a,
  b)

  return a
end
local function empty() end
local function tail() return spread(1) end
debug.sethook(hook, "c")
fixed(1)
vararg(1)
spread(1, 2)
empty()
tail()
pcall(vararg)
debug.sethook()
for i, e in ipairs(events) do print(i, e) end
