-- getupvalue and setupvalue
local x, y = 10, 20
local function f() return x + y end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(debug.getupvalue(f, 3))
print(debug.setupvalue(f, 1, 100))
print(f(), x)
print(debug.setupvalue(f, 5, 1))
print(debug.getupvalue(print, 1))
local c = string.gmatch("a", "a")
print(select("#", debug.getupvalue(c, 1)))
local function noups() return 1 end
print(debug.getupvalue(noups, 1))
local function envuser() return print end
print(debug.getupvalue(envuser, 1) == "_ENV")
