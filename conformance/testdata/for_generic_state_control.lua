-- the generic for passes state and control to the iterator
local calls = {}
local function iter(state, control)
  calls[#calls + 1] = tostring(state) .. ":" .. tostring(control)
  if control < 3 then return control + 1, control * 10 end
end
for a, b in iter, "S", 0 do end
print(table.concat(calls, " "))
local function withnil(s, c) if c == nil then return 1 end end
for x in withnil do print("ran once with", x) end
