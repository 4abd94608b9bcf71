-- utf8.codes iterates positions and code points
for p, c in utf8.codes("aé€😀") do io.write(p, ":", c, " ") end print()
for p, c in utf8.codes("") do print("never") end
print(pcall(function() for p, c in utf8.codes("a\xffb") do io.write(p, " ") end end))
print(pcall(function() for p, c in utf8.codes("\u{D800}") do end end))
for p, c in utf8.codes("\u{D800}", true) do print("lax", p, c) end
print(pcall(function() for p, c in utf8.codes("ab\x80") do end end))
