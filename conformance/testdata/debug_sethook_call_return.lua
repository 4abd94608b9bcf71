-- call and return hooks with function names
local log = {}
local function leaf() return 1 end
local function branch() leaf() return leaf() end
debug.sethook(function(ev)
  local info = debug.getinfo(2, "nS")
  if info.what == "Lua" then log[#log + 1] = ev .. ":" .. tostring(info.name) end
end, "cr")
branch()
debug.sethook()
print(table.concat(log, " "))
