-- table constructors: positional, named, bracketed, separators
local t = {1, 2, 3; x = "a", ["y"] = "b", [10] = 10, 4,}
print(#t, t[4], t.x, t.y, t[10])
local u = {[1] = "a", "b"}
print(u[1])
local v = {"a", [2] = "x", "b"}
print(v[2])
local w = {[1 + 1] = 2, [("k"):upper()] = "K", f = function() return "f" end}
print(w[2], w.K, w.f())
local nested = {{1, {2, {3}}}, n = {m = {o = "deep"}}}
print(nested[1][2][2][1], nested.n.m.o)
print(#{n = 1, 2, 3}, select("#", table.unpack({1, nil, 3})))
print(pcall(load("return {[nil] = 1}")))
print(pcall(load("return {[0/0] = 1}")))
