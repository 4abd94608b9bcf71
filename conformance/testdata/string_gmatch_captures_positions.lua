-- gmatch with position captures and multiple captures
for s, word, e in ("one two three"):gmatch("()(%a+)()") do io.write(s, "-", word, "-", e, " ") end print()
for a, b in ("k1=v1;k2=v2"):gmatch("(%w+)=(%w+)") do io.write(a, b, ";") end print()
local it = ("abc"):gmatch("(.)(.)")
print(it())
print(it())
print(pcall(string.gmatch, "x"))
