-- assignments: single, multiple (evaluation order and conflicts), table stores
local a, b, c = 1, 2
local t = {}
x = 1
x, y = y, x
a, b = b, a
a, b, c = f()
a, b = f(), 1
a, b = 1, 2, 3, f()
a, b, c = ...
a = ...
t.x = a
t.x, t.y = t.y, t.x
t[1] = 2
t[a] = b
t[a], a = a, 1
a, t[a] = 1, a
t[a], t = 1, 2
x.y = 1
x.y, x = 1, 2
t[1.5] = true
t[300] = nil
t[-1] = false
t["a long key that is longer than forty characters!!"] = 1
t.x.y.z = t.a.b.c
t[t[1]] = t[t[2]]
a = a + 1
t.n = t.n + 1
local u = function() a, x = x, a end
local v = function() x, t.x = 1, 2 end
local w = function() t, t.y = 1, 2 end
local z = function() x.a, x = 1, 2 end
return a, b, c, t
