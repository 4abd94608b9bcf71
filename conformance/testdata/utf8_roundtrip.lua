-- utf8.char and utf8.codepoint invert each other
local cps = {0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF}
local s = utf8.char(table.unpack(cps))
print(#s, utf8.len(s))
local back = {utf8.codepoint(s, 1, -1)}
local same = #back == #cps
for i = 1, #cps do if back[i] ~= cps[i] then same = false end end
print(same)
local pos = {}
for p in utf8.codes(s) do pos[#pos + 1] = p end
print(table.concat(pos, " "))
print(utf8.offset(s, 5), utf8.offset(s, -1))
