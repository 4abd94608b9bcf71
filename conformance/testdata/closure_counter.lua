-- closures keep their own state
local function counter()
  local n = 0
  return function() n = n + 1 return n end
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2(), c1(), c2())
local function adder(x) return function(y) return x + y end end
local add5 = adder(5)
print(add5(1), add5(10), adder(1)(1))
local function compose(f, g) return function(...) return f(g(...)) end end
print(compose(add5, math.abs)(-3))
