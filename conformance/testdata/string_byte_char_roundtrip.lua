-- every byte survives char/byte and the string functions
local t = {}
for i = 0, 255 do t[#t + 1] = i end
local s = string.char(table.unpack(t))
print(#s, s:byte(1), s:byte(-1))
local back = {s:byte(1, -1)}
local same = true
for i = 1, 256 do if back[i] ~= i - 1 then same = false end end
print(same, s:reverse():byte(1), s:sub(128, 130):byte(1, -1))
print(#s:upper(), #s:lower(), #s:rep(2), s:find("\0", 1, true), s:find("\255", 1, true))
print(#string.format("%q", s))
print(load("return " .. string.format("%q", s))() == s)
