-- return must be the last statement of a block
print(load("return 1 print(2)", "=r"))
print(load("do return end print(1)", "=r") ~= nil)
print(load("if true then return 1 end return 2", "=r")())
print(load("return; ", "=r") ~= nil)
print(load("local function f() return end return f()", "=r")())
print(select("#", load("return", "=r")()))
