-- string.char builds strings from byte values
print(string.char(72, 105), string.char(), #string.char(0, 0))
print(string.char(255):byte(), string.char(65.0))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, "65"), pcall(string.char, "x"))
print(pcall(string.char, 1.5))
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local all = table.concat(t)
print(#all, all:byte(1), all:byte(256))
