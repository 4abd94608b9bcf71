-- a local _ENV replaces the global environment for the names in its scope
local print = print
local _ENV = {x = 1}
y = x + 1
local function f()
  z = y
  return _ENV
end
do
  local _ENV <const> = {w = 2}
  print(w)
end
local function g(_ENV)
  return a, b.c
end
return f, g
