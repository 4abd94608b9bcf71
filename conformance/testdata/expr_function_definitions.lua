-- function definition forms
function globalfn(a) return "global " .. a end
local function localfn(a) return "local " .. a end
local anon = function(a) return "anon " .. a end
local t = {inner = {}}
function t.inner.deep(a) return "deep " .. a end
function t.inner:meth(a) return self == t.inner, a end
print(globalfn(1), localfn(2), anon(3), t.inner.deep(4), t.inner:meth(5))
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(20))
local g = function(n) return n end
print(g(7), type(globalfn), debug.getinfo(localfn, "S").what)
print((function(...) return select("#", ...) end)(1, nil, nil))
