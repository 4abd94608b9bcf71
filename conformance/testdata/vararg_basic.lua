-- ... in functions: count, nils, adjustment
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function pass(...) return ... end
print(pass(1, 2, 3))
print(pass())
print((pass(1, 2)))
local function first(a, ...) return a, select("#", ...) end
print(first(1, 2, 3), first())
local function tail(...) local a, b = ... return a, b end
print(tail(9), tail(1, 2, 3))
local function mid(...) return ..., "end" end
print(mid(1, 2, 3))
print(load("return ...")(4, 5))
print(select("#", load("return ...")()))
