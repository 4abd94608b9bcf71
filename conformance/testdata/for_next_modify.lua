-- clearing fields while traversing is allowed; next errors on bad keys
local t = {}
for i = 1, 20 do t["k" .. i] = i end
for k in pairs(t) do t[k] = nil end
print(next(t))
t = {a = 1, b = 2, c = 3}
for k, v in pairs(t) do t[k] = v * 2 end
print(t.a, t.b, t.c)
print(pcall(next, {}, "nokey"))
print(next({}), next({5}), next({5}, 1))
print(pcall(next))
print(rawequal(next, pairs({})))
