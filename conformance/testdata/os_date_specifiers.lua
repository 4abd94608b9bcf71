-- each strftime conversion for a fixed UTC time
local t = 1709251199
for c in ("aAbBcdDeFgGhHIjmMnpRrStTuUVwWxXyYzZ%"):gmatch(".") do
  io.write(c, "=[", (os.date("!%" .. c, t):gsub("\n", "\\n"):gsub("\t", "\\t")), "] ")
end
print()
print(os.date("!%Ex|%EX|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", t))
