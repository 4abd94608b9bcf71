-- code without line information gets one line event, with a nil line, on entry
local function foo()
  local a = 1
  local b = 2
  return a + b
end
local s = load(string.dump(foo, true))
local events = {}
debug.sethook(function(e, l) events[#events + 1] = e .. " " .. tostring(l) end, "l")
local r = s()
debug.sethook()
print(r, table.concat(events, ", "))
