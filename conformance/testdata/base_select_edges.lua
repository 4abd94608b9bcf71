-- select with big indexes and many values
print(select(100, 1, 2, 3))
print(select(-1, nil))
print(pcall(select, -2, nil))
print(select("#", select(2, nil, nil, nil)))
print(pcall(select, math.mininteger, 1))
print(select(math.maxinteger, 1))
print(pcall(select, "#x"))
