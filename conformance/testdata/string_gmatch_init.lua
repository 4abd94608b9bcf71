-- gmatch with a start position (5.4) and anchors
for w in ("one two three"):gmatch("%a+", 5) do io.write(w, " ") end print()
for w in ("one two three"):gmatch("%a+", -5) do io.write(w, " ") end print()
for w in ("one two"):gmatch("%a+", 100) do io.write(w, " ") end print("none")
for w in ("aaa"):gmatch("^a") do io.write(w, " ") end print()
for w in ("hello"):gmatch(".", 0) do io.write(w) end print()
