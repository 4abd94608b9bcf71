-- tonumber accepts surrounding whitespace of every kind
for _, s in ipairs({" 1", "1 ", "\t1", "1\n", "\v1\f", "\r1\r", " 0x10 ", " 1e1 ", "1 1", "\0001", "1\0"}) do
  io.write(string.format("%q", s), "->", tostring(tonumber(s)), " ")
end
print()
print(tonumber("  ff  ", 16), tonumber(" z ", 36), tonumber("1 0", 2))
