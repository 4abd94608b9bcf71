-- opening a directory succeeds but reading fails
local d = io.open(".")
print(io.type(d))
print(d:read(1))
print(d:read("a"))
d:close()
print(io.open("./modules/nonexistent/file.lua"))
