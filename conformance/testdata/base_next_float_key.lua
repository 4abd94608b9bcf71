-- next takes a key as it returned it: an integral float is not the integer key
local t = {10, 20, [100] = 1}
print(pcall(next, t, 1.0))
print(pcall(next, t, 100.0))
print(pcall(next, {[1.5] = "x"}, 1.5))
print(next(t, 1), t[1.0], rawget(t, 2.0))
