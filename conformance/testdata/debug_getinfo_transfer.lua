-- the "r" option reports transferred values in hooks
local seen = {}
debug.sethook(function(ev)
  local i = debug.getinfo(2, "rn")
  if i.name == "target" then seen[#seen + 1] = ev .. ":" .. i.ftransfer .. "/" .. i.ntransfer end
end, "cr")
local function target(a, b, c) return a, b end
target(1, 2, 3)
debug.sethook()
print(table.concat(seen, " "))
local r = debug.getinfo(1, "r")
print(r.ftransfer, r.ntransfer)
