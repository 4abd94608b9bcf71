-- io.lines(filename) closes the file at the end of the loop
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("1\n2\n3\n")
f:close()
local count = 0
for l in io.lines(name) do count = count + 1 end
print(count)
local it = io.lines(name)
print(it(), it(), it(), it())
print(pcall(it))
for l in io.lines(name) do if l == "2" then break end end
print(os.remove(name))
