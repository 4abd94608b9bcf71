-- 'end' expected (to close ... at line N) and similar messages
local src = [[
local function f()
  if x then
    while y do
      print(1)
  end
end
]]
print(load(src, "=nest"))
print(load("function f()\n\n\nreturn 1", "=fn"))
print(load("do\nlocal x = 1\n", "=do"))
print(load("repeat\n\nx = 1\n", "=rep"))
print(load("if a then\nelse\n", "=if"))
print(load("f(a,\nb", "=call"))
print(load("t = {\n1,\n2\n", "=tab"))
print(load("x = (1 + 2", "=paren"))
print(load("for i = 1, 2 do\n", "=for"))
print(load("function f() end end", "=extra"))
