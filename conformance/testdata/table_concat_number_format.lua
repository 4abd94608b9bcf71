-- concat converts numbers like tostring
print(table.concat({1, 1.0, -0.0, 1e100, 2^63, 0.1, math.mininteger}, " "))
print(table.concat({1, 2, 3}, 1.5), table.concat({"a", "b"}, 10))
