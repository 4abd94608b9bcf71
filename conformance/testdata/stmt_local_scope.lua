-- local variable scope and shadowing
local x = 1
do
  local x = x + 1
  print(x)
  do local x = x * 10 print(x) end
  print(x)
end
print(x)
local y = 5
local y = y + 1
print(y)
local function f() return x end
x = 100
print(f())
local z
print(z)
local a, a = 1, 2
print(a)
g = "global"
local g = "local"
print(g, _G.g, _ENV.g)
