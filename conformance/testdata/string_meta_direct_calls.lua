-- the string metatable's arithmetic called directly: with a single operand the
-- converted operand also stands for the missing second one; __unm negates the second
local mt = getmetatable("")
local events = {"__add", "__sub", "__mul", "__div", "__mod", "__pow", "__idiv", "__unm"}
local function show(...)
  local t = table.pack(pcall(...))
  for i = 1, t.n do t[i] = tostring(t[i]) .. "/" .. (math.type(t[i]) or type(t[i])) end
  return table.concat(t, " ")
end
for _, e in ipairs(events) do
  local f = mt[e]
  print(e, show(f, "7"), show(f, 7), show(f, "7", "2"), show(f, 7.5, "2"))
  print(e, show(f), show(f, "x"), show(f, "7", nil), show(f, "1\0"), show(f, "0x10", " 2 "))
  print(e, show(f, 2, {}), show(f, "x", setmetatable({}, {[e] = function() return "mm" end})))
end
print(show(function() return "1\0" + 1 end))
print(show(function() return -"2" end))
print(show(function() return "3" // "0" end))
print(show(function() return "3.0" // "0" end))
print(show(function() return "1e308" * "10" end))
