-- line hooks report each new line executed
local lines = {}
local function f(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  return s
end
debug.sethook(function(ev, line) if debug.getinfo(2, "S").short_src == "debug_sethook_lines.lua" then lines[#lines + 1] = line end end, "l")
f(2)
debug.sethook()
print(table.concat(lines, " "))
