-- next returns nil at the end and errors on invalid keys
local t = {10, 20, 30}
print(next(t), next(t, 1), next(t, 2), next(t, 3))
local k, v = next({a = 1})
print(k, v)
print(pcall(next, t, 4))
print(pcall(next, t, "nope"))
print(pcall(next, nil))
t[2] = nil
print(next(t, 1))
