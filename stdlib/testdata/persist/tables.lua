-- Tables keep their shape: cycles and self-references, shared references (one object
-- reached twice loads as one object), tables as keys, metatables shared between
-- tables, and the order pairs visits keys in.

local shared = {name = "shared"}
local a = {name = "a", shared = shared}
local b = {name = "b", shared = shared}
a.peer, b.peer = b, a
a.self = a
local ring = {}
for i = 1, 5 do ring[i] = {i = i} end
for i = 1, 5 do ring[i].next = ring[i % 5 + 1] end

local mt = {
  __index = function(_, k) return "default " .. tostring(k) end,
  __tostring = function(t) return "<" .. rawget(t, "name") .. ">" end,
}
local m1 = setmetatable({name = "m1"}, mt)
local m2 = setmetatable({name = "m2"}, mt)
local protected = setmetatable({}, {__metatable = "locked", __index = shared})
local keyed = {[a] = "a as key", [shared] = "shared as key", [ring[3]] = "ring 3"}

local mixed = {10, 20, 30, x = 1, y = 2, [100] = "far", [-1] = "negative"}
mixed.x = nil
mixed.z = 3
mixed[2] = nil

return {
  a = a, b = b, shared = shared, ring = ring, m1 = m1, m2 = m2, mt = mt,
  protected = protected, keyed = keyed, mixed = mixed,
}
---- persist ----
local r = ...
print("self", r.a.self == r.a, "peers", r.a.peer == r.b, r.b.peer == r.a)
print("shared", r.a.shared == r.b.shared, r.a.shared == r.shared, r.shared.name)
local node, names = r.ring[1], {}
for _ = 1, 11 do names[#names + 1] = node.i; node = node.next end
print("ring", table.concat(names, " "), node == r.ring[2])
print("metatables", getmetatable(r.m1) == getmetatable(r.m2), getmetatable(r.m1) == r.mt)
print("meta", tostring(r.m1), tostring(r.m2), r.m1.missing, r.m2[42])
print("protected", getmetatable(r.protected), r.protected.name)
print("keys", r.keyed[r.a], r.keyed[r.shared], r.keyed[r.ring[3]], r.keyed[{}])
for k, v in pairs(r.mixed) do print("mixed", k, v) end
print("len", #r.mixed == 3 or #r.mixed == 1, r.mixed[1], r.mixed[3])

-- The loaded tables stay usable: they grow, shrink and take new metatables.
r.shared.more = {}
for i = 1, 100 do r.mixed[i] = i * i end
for i = 1, 100, 2 do r.mixed[i] = nil end
local sum = 0
for _, v in pairs(r.mixed) do if type(v) == "number" then sum = sum + v end end
print("after growth", sum, r.a.shared.more == r.b.shared.more)
setmetatable(r.m1, nil)
print("metatable removed", r.m1.missing, tostring(r.m2))
return r
---- persist ----
local r = ...
print("second crossing", r.a.shared.more == r.b.shared.more, r.m1.missing, tostring(r.m2))
local n = 0
for k, v in pairs(r.mixed) do n = n + 1 end
print("mixed keys", n)
