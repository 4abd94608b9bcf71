-- gmatch iterates over matches
local words = {}
for w in ("the quick  brown fox"):gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, ","))
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end print()
for pos in ("abc"):gmatch("()") do io.write(pos, " ") end print()
for e in ("abc"):gmatch("") do io.write("[", e, "]") end print()
for m in ("aaa"):gmatch("a*") do io.write("<", m, ">") end print()
for d in ("1,22,,333"):gmatch("([^,]*)") do io.write("{", d, "}") end print()
local it = ("x y"):gmatch("%a")
print(it(), it(), it())
