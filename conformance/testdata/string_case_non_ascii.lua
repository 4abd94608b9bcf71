-- upper/lower leave non-ASCII bytes alone in the C locale
local s = "ÀÉÎõü ß abc XYZ"
print(s:upper(), s:lower())
local bytes = {}
for i = 128, 255 do bytes[#bytes + 1] = string.char(i) end
local all = table.concat(bytes)
print(all:upper() == all, all:lower() == all)
print(("\0A\0b"):upper():byte(1, -1))
