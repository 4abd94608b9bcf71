-- concatenation: one CONCAT for a chain
local a, b, c = ...
local s
s = a .. b
s = a .. b .. c
s = a .. "x" .. b .. 1 .. c
s = (a .. b) .. c
s = a .. (b .. c)
s = a .. b + 1 .. c
s = "x" .. "y"
s = a .. f() .. b
s = 1 .. 2
return a .. s
