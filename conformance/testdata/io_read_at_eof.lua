-- reads at end of file return nil except "a"
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:close()
f = assert(io.open(name))
print(f:read("l"), f:read("L"), f:read("n"), f:read(1), f:read(0), f:read("a"))
print(select("#", f:read("l", "l")))
f:close()
os.remove(name)
