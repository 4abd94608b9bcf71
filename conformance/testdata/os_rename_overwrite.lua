-- rename replaces an existing destination file
local a, b = os.tmpname(), os.tmpname()
local f = assert(io.open(a, "w")) f:write("from a") f:close()
f = assert(io.open(b, "w")) f:write("from b") f:close()
print(os.rename(a, b))
f = assert(io.open(b)) print(f:read("a")) f:close()
print(io.open(a) == nil)
print(os.remove(b))
