-- the loop variable is local to the loop body
local i = "outer"
for i = 1, 2 do end
print(i)
for i = 1, 2 do local i = i * 10 io.write(i, " ") end print()
local fs = {}
for i = 1, 3 do fs[i] = function() i = i + 1 return i end end
print(fs[1](), fs[1](), fs[2]())
print(load("for i = 1, 2 do end return i", "=s")())
