-- closures: upvalue descriptors across levels, function statements, methods
local a, b = 1, 2
local c <const> = {}
local d <close> = nil
local function outer(p)
  local q = p
  local function mid()
    local r = q
    return function()
      return a, b, c, q, r, p
    end
  end
  return mid
end
function gf(x) return x end
function t.a.b(x) return x end
function t.a:m(x) return self, x end
local obj = {}
function obj.f() return obj end
function obj:g() return self end
local function rec(n)
  if n > 0 then return rec(n - 1) end
  return a
end
local e = 1
local function setter(v) e = v; a = v end
local cl = function(...) return ... end
local function fact(n) if n <= 1 then return 1 else return n * fact(n - 1) end end
return outer, rec, setter, cl, fact
