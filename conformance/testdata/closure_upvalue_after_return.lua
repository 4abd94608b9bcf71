-- upvalues live on after the creating function returns
local function make()
  local t = {}
  local count = 0
  return function(v) count = count + 1 t[count] = v return count, #t end
end
local f = make()
print(f("a")) print(f("b"))
local function deep(n)
  if n == 0 then return function() return "bottom" end end
  local inner = deep(n - 1)
  return function() return n .. ">" .. inner() end
end
print(deep(5)())
