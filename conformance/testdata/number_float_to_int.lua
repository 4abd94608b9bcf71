-- float to integer conversions where an integer is required
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger(-0.0), math.tointeger(2^63))
print(math.tointeger("8"), math.tointeger(2^53), math.tointeger(-2^63))
print(string.rep("a", 3.0), ("x"):sub(2.0, 3.0))
print(pcall(string.rep, "a", 3.5))
print(pcall(string.char, 65.5))
print(3.0 | 0, pcall(function() return 3.5 | 0 end))
print(pcall(function() return 2^63 | 0 end))
local t = {}
t[1.0] = "a"; t[2] = "b"
print(t[1], t[2.0], #t, math.type(next(t)))
for i = 1.0, 3 do io.write(tostring(i), " ") end print()
print(select(2.0, "a", "b"), pcall(select, 1.5, "a"))
print(table.unpack({1, 2, 3}, 2.0, 3.0))
