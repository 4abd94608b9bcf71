-- file handles are userdata without user values: setuservalue fails, getuservalue
-- finds none
local f = io.tmpfile()
print(debug.getuservalue(f))
print(debug.getuservalue(f, 1))
print(debug.getuservalue(f, 2))
print(debug.setuservalue(f, {}))
print(debug.setuservalue(f, 5, 1))
print(debug.setuservalue(f, 5, 2))
print(debug.getuservalue(f))
print(debug.getuservalue(1), debug.getuservalue("x"))
print(pcall(debug.setuservalue, 1, {}))
print(pcall(debug.setuservalue, f))
f:close()
