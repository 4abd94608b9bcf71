-- Classes, inheritance and a few data structures built on them.
local Object = {}
Object.__index = Object

function Object:extend(name)
  local cls = setmetatable({}, { __index = self, __call = function(c, ...) return c:new(...) end })
  cls.__index = cls
  cls.__name = name
  cls.super = self
  for k, v in pairs(self) do
    if type(k) == "string" and k:find("^__") and k ~= "__index" then cls[k] = v end
  end
  return cls
end

function Object:new(...)
  local o = setmetatable({}, self)
  if o.init then o:init(...) end
  return o
end

function Object:is(cls)
  local mt = getmetatable(self)
  while mt do
    if mt == cls then return true end
    mt = mt.super
  end
  return false
end

local Vector = Object:extend("Vector")

function Vector:init(x, y) self.x, self.y = x or 0, y or 0 end
function Vector.__add(a, b) return Vector(a.x + b.x, a.y + b.y) end
function Vector.__sub(a, b) return Vector(a.x - b.x, a.y - b.y) end
function Vector.__mul(a, b)
  if type(a) == "number" then return Vector(a * b.x, a * b.y) end
  if type(b) == "number" then return Vector(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
function Vector.__eq(a, b) return a.x == b.x and a.y == b.y end
function Vector:__tostring() return ("(%g, %g)"):format(self.x, self.y) end
function Vector:len() return math.sqrt(self.x ^ 2 + self.y ^ 2) end
function Vector:normalized()
  local l <const> = self:len()
  return l > 0 and Vector(self.x / l, self.y / l) or Vector()
end

local Heap = Object:extend("Heap")

function Heap:init(less) self.items, self.n, self.less = {}, 0, less or function(a, b) return a < b end end

function Heap:push(v)
  self.n = self.n + 1
  local items, i = self.items, self.n
  items[i] = v
  while i > 1 do
    local p = i // 2
    if not self.less(items[i], items[p]) then break end
    items[i], items[p] = items[p], items[i]
    i = p
  end
end

function Heap:pop()
  if self.n == 0 then return nil end
  local items = self.items
  local top = items[1]
  items[1], items[self.n] = items[self.n], nil
  self.n = self.n - 1
  local i = 1
  while true do
    local l, r, m = 2 * i, 2 * i + 1, i
    if l <= self.n and self.less(items[l], items[m]) then m = l end
    if r <= self.n and self.less(items[r], items[m]) then m = r end
    if m == i then break end
    items[i], items[m] = items[m], items[i]
    i = m
  end
  return top
end

local Queue = Object:extend("Queue")
function Queue:init() self.first, self.last, self.items = 1, 0, {} end
function Queue:push(v) self.last = self.last + 1; self.items[self.last] = v end
function Queue:pop()
  if self.first > self.last then return nil end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end
function Queue:__len() return self.last - self.first + 1 end

local function dijkstra(graph, source)
  local dist, heap = { [source] = 0 }, Heap(function(a, b) return a[1] < b[1] end)
  heap:push({ 0, source })
  while true do
    local item = heap:pop()
    if not item then break end
    local d, u = item[1], item[2]
    if d <= (dist[u] or math.huge) then
      for v, w in pairs(graph[u] or {}) do
        local nd = d + w
        if nd < (dist[v] or math.huge) then
          dist[v] = nd
          heap:push({ nd, v })
        end
      end
    end
  end
  return dist
end

local graph = {
  a = { b = 7, c = 9, f = 14 }, b = { a = 7, c = 10, d = 15 },
  c = { a = 9, b = 10, d = 11, f = 2 }, d = { b = 15, c = 11, e = 6 },
  e = { d = 6, f = 9 }, f = { a = 14, c = 2, e = 9 },
}
local dist = dijkstra(graph, "a")
local keys = {}
for k in pairs(dist) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", dist[k], " ") end
print()

local v = Vector(3, 4) + Vector(1, -1) * 2
print(tostring(v), v:len(), v:is(Object), #Queue())
return { Object = Object, Vector = Vector, Heap = Heap, Queue = Queue }
