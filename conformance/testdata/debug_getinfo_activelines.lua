-- activelines lists the lines with code
local function f(x)
  local y = x + 1

  if y > 2 then
    return y
  end
  return 0
end
local lines = {}
for l in pairs(debug.getinfo(f, "L").activelines) do lines[#lines + 1] = l end
table.sort(lines)
print(table.concat(lines, " "))
local u = debug.getinfo(f, "u")
print(u.nups, u.nparams, u.isvararg)
local vi = debug.getinfo(function(...) end, "u")
print(vi.nups, vi.nparams, vi.isvararg)
print(debug.getinfo(print, "L").activelines)
