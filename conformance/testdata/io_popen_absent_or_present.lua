-- io.popen exists; reading a command's output
local p = io.popen("echo popen works")
print(p:read("a"))
print(p:close())
local q = io.popen("exit 3")
print(q:close())
print(pcall(io.popen, "true", "x"))
