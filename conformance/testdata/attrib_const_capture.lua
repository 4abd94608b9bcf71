-- constants captured by closures and used as upvalue names
local LIMIT <const> = 3
local NAME <const> = "const-name"
local T <const> = {1, 2}
local function f() return LIMIT * 2, NAME, #T end
print(f())
T[3] = 3
print(#T, select(3, f()))
local upname, upval = debug.getupvalue(f, 1)
print(upname, upval == T, debug.getupvalue(f, 2))
local nested = function() return function() return LIMIT + 1 end end
print(nested()())
print(load("local c <const> = {} c.x = 1 return c.x")())
