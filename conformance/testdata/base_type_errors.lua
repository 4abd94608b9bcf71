-- type requires an argument; returns fixed names
print(type(nil), type(type), pcall(type))
print(select("#", type(1, 2)), type(select(2, 1, nil)))
local names = {}
for _, v in ipairs({1, "", {}, print, true}) do names[#names + 1] = type(v) end
print(table.concat(names, ","))
