-- io.lines with several formats per call
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("1 2\n3 4\nend\n")
f:close()
for a, b in io.lines(name, "n", "n") do io.write(tostring(a), "+", tostring(b), " ") if not a then break end end
print()
for c in io.lines(name, 3) do io.write("[", c, "]") end print()
print(pcall(function() for l in io.lines(name, "x") do end end))
local n = 0
for l in io.lines(name, "L") do n = n + #l end
print(n)
os.remove(name)
