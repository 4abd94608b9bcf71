-- Tables persisted through their __persist metafield: the function it returns is
-- persisted in the table's place and, when loading, what that function returns
-- stands for the table everywhere, suspended coroutines included, and is built once
-- however often the table is referenced. The Point class drops its cached length,
-- which it computes again when asked; a table with __persist = true is persisted as
-- usual.

local Point = {}
Point.__index = Point
Point.__persist = function(p)
  local x, y = p.x, p.y
  return function() return setmetatable({x = x, y = y}, Point) end
end
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:len()
  if not self.cache then self.cache = math.sqrt(self.x * self.x + self.y * self.y) end
  return self.cache
end

local a = Point.new(3, 4)
print("len", a:len())
local literal = setmetatable({kept = "as is"}, {__persist = true})
local co = coroutine.create(function(p)
  local q = Point.new(6, 8)
  while true do
    local other = coroutine.yield(p:len() + q:len())
    print("coroutine sees", other == p, getmetatable(p) == Point, p.x, q.y)
  end
end)
print(coroutine.resume(co, a))
return {a = a, again = a, co = co, literal = literal, Point = Point}
---- persist ----
local r = ...
print("shared", r.a == r.again, getmetatable(r.a) == r.Point, r.a:len(), r.literal.kept)
print(coroutine.resume(r.co, r.a))
r.a.x, r.a.cache = 30, nil
return r
---- persist ----
local r = ...
print("moved", r.a.x, r.a.y, r.a == r.again, r.Point.new(1, 0):len())
print(coroutine.resume(r.co, r.again))
