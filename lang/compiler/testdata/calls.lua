-- calls, method calls, varargs, returns and tail calls
local function f(...)
  local a, b = ...
  local t = {...}
  local n = select("#", ...)
  print(...)
  print(a, ...)
  print((...))
  return ...
end
local function g(a, b)
  return f(a, b)
end
local function h(a)
  return (f(a))
end
local function k(o)
  o:m()
  o:m(1, 2)
  o.x:m "s"
  o:m { 1 }
  return o:m(f())
end
local function r0() return end
local function r1(a) return a end
local function r2(a, b) return a, b end
local function r3() return 1, 2, f() end
local function r4() return f(), f() end
local function r5(a) return a.x end
f()
f(1, 2, 3)
f(f())
f(f(), f())
f "str"
f { 1, 2 }
f.g.h(1)
print(g(1), h(2))
local x = f()
local y, z = f()
local w = f(), f()
do
  local c <close> = nil
  return f(c)
end
