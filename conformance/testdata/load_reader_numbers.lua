-- a load reader may return numbers, which are converted to their text; other values
-- end the load with "reader function must return a string", positioned at load's
-- caller (checked under pcall: at top level lua.c's message handler would add a
-- traceback)
local function reader(pieces)
  local i = 0
  return function()
    i = i + 1
    return pieces[i]
  end
end
print(load(reader{"return ", 12.5})())
print(load(reader{"return ", 1, 2, " + ", 3})())
print(load(reader{"return ", 2^63})())
print(load(reader{"return 1", ""})())
print(pcall(function() return load(reader{"return ", true}) end))
print(pcall(function()
  return load(reader{"return ", {}})
end))
print(pcall(load, reader{"x = ", 1, false}))
print(pcall(load, reader{"return ", 1}, "=chunk", "b"))
