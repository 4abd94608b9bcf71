-- unpack with holes relies on explicit ranges or n
local t = {1, nil, 3, n = 3}
print(table.unpack(t, 1, t.n))
print(select("#", table.unpack({nil, nil, nil}, 1, 3)))
local packed = table.pack(nil, 2, nil)
print(packed.n, table.unpack(packed, 1, packed.n))
