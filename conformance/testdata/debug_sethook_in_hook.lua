-- a hook may set, replace or remove the hook; the new one fires only after the
-- running hook has returned
local events = {}
local function obj(a, b, ...) local c = 13 return a end
debug.sethook(function(e)
  events[#events + 1] = e
  debug.sethook(function(e2, l)
    events[#events + 1] = e2 .. " " .. l
    debug.sethook(nil)
  end, "l")
  events[#events + 1] = "after"
end, "c")
obj(1, 2, 3)
print(table.concat(events, ", "))
print(debug.gethook())
debug.sethook(function() debug.sethook() end, "c")
print((function() return "called" end)())
print(debug.gethook())
