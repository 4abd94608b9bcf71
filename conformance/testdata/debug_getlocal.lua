-- getlocal and setlocal on running functions
local function inspect()
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(2, i)
    if not name then break end
    out[#out + 1] = name .. "=" .. tostring(value)
    i = i + 1
  end
  return table.concat(out, " ")
end
local function target(a, b)
  local c = a + b
  do local inner = "x" end
  local d = inspect()
  return d
end
print(target(1, 2))
local function varargs(...)
  return debug.getlocal(1, -1), debug.getlocal(1, -2), debug.getlocal(1, -3)
end
print(varargs("va1", "va2"))
local function modify()
  local v = 1
  debug.setlocal(1, 1, 99)
  return v
end
print(modify())
print(debug.getlocal(print, 1), debug.getlocal(function(p, q) end, 2))
print(pcall(debug.getlocal, 50, 1))
