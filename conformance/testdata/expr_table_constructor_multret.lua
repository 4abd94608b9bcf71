-- only the last expression in a constructor expands
local function f() return 1, 2, 3 end
local t = {f()}
print(#t)
t = {f(), f()}
print(#t, t[1], t[2], t[4])
t = {f(), (f())}
print(#t)
t = {(f())}
print(#t)
t = {f(), x = 1}
print(#t)
local function none() end
t = {none(), none()}
print(#t, t[1])
t = {...}
print(#t)
t = {n = select("#", f()), f()}
print(t.n, #t)
