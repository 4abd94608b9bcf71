-- io.read("a") returns everything, then the empty string
local all = io.read("a")
print(#all, select(2, all:gsub("\n", "")))
print(all:sub(1, 20))
print(io.read("a") == "", io.read("l"), io.read(0))
print(io.stdin:read(1))
