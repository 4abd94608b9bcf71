-- negative indexes in getlocal reach varargs
local function va(...)
  local out = {}
  local i = -1
  while true do
    local name, v = debug.getlocal(1, i)
    if not name then break end
    out[#out + 1] = name .. "=" .. tostring(v)
    i = i - 1
  end
  debug.setlocal(1, -1, "changed")
  return table.concat(out, " "), ...
end
print(va(10, nil, "z"))
print(va())
