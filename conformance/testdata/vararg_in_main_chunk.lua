-- the main chunk receives the script arguments as ...
print(select("#", ...))
local t = {...}
print(#t)
print(arg[0], #arg, arg[1])
local f = load("local a, b = ... return b, a")
print(f("x", "y"))
