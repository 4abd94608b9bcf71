-- write returns the file so calls can be chained
local f = io.tmpfile()
print(f:write("a"):write("b", "c"):write(1, 2.5) == f)
f:seek("set")
print(f:read("a"))
print(select("#", f:write()))
f:close()
print(io.write() == io.stdout)
