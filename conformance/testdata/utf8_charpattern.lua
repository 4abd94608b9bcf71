-- utf8.charpattern splits a string into characters
local chars = {}
for ch in ("añ€😀"):gmatch(utf8.charpattern) do chars[#chars + 1] = #ch end
print(table.concat(chars, ","))
print(#utf8.charpattern, utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*")
