-- io.tmpfile gives a read/write file removed on close
local f = io.tmpfile()
print(io.type(f))
f:write("scratch ", 123)
f:seek("set")
print(f:read("a"))
print(f:seek("end"))
f:close()
print(io.type(f))
