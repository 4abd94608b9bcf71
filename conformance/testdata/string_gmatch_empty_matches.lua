-- gmatch and gsub with patterns that can match empty strings
for m in ("abc"):gmatch("x*") do io.write("[", m, "]") end print()
for m in ("a,b,,c"):gmatch("[^,]*") do io.write("[", m, "]") end print()
print(("abc"):gsub("x*", "-"))
print(("a b"):gsub("%s*", "_"))
print(("hello world"):gsub("o*", "0"))
for k, v in ("a=1,b=,=3"):gmatch("(%w*)=(%w*)") do io.write("<", k, ":", v, ">") end print()
