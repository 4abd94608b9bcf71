-- print with many arguments and special values
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, nil, 12)
print(nil, nil)
print("", "", "")
print("embedded\0zero", "tab\there")
local t = {}
for i = 1, 300 do t[i] = i end
local s = 0
print(select("#", table.unpack(t)))
