-- io.write formats numbers like tostring with %.14g
io.write(1, " ", 1.0, " ", -0.0, " ", 1e100, " ", 2^63, " ", math.mininteger, " ", 0.1, "\n")
io.write(1/3, " ", 100, " ", 1e15, " ", 1e16, "\n")
local f = io.stdout
f:write("method ", 2, "\n")
print(pcall(io.write, true))
print(pcall(f.write, f, {}))
