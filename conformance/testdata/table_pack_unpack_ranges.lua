-- table.pack sets n; unpack uses explicit ranges
local p = table.pack("a", nil, "c")
print(p.n, p[1], p[2], p[3])
print(table.unpack(p, 1, p.n))
print(select("#", table.unpack({}, 1, 3)))
print(table.unpack({1, 2, 3}, -1, 1))
print(pcall(table.unpack, {}, 1, 1e8))
print(table.unpack({"x", "y"}, "1", "2"))
