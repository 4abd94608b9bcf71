-- table library: element access through metamethods, positions and errors
print(table.concat({1, 2.5, "x"}, "-")) --> 1-2.5-x
print(table.concat({}, ","), table.concat({"a"}, ",", 1, 1)) --> 	a
local big = {}
for i = 1, 20000 do big[i] = i % 10 end
local s = table.concat(big)
print(#s, s:sub(1, 12)) --> 20000	123456789012
print(pcall(table.concat, {1, {}, 3})) --> false	invalid value (table) at index 2 in table for 'concat'
print(pcall(table.concat, {1, 2}, ",", 1, 3)) --> false	invalid value (nil) at index 3 in table for 'concat'
local t = {"a", "b"}
table.insert(t, 1, "z")
table.insert(t, "c")
print(table.concat(t, ",")) --> z,a,b,c
print(pcall(table.insert, t, 6, "x")) --> false	bad argument #2 to 'table.insert' (position out of bounds)
print(pcall(table.insert, t, 1, 2, 3)) --> false	wrong number of arguments to 'insert'
print(table.remove(t, 1), table.remove(t), table.concat(t, ",")) --> z	c	a,b
print(pcall(table.remove, t, 5)) --> false	bad argument #1 to 'table.remove' (position out of bounds)
print(table.concat(table.move({1, 2, 3, 4, 5}, 2, 4, 1), ",")) --> 2,3,4,4,5
print(table.concat(table.move({1, 2, 3, 4, 5}, 1, 3, 3), ",")) --> 1,2,1,2,3
local p = table.pack(1, nil, 3)
print(p.n, table.unpack(p, 1, p.n)) --> 3	1	nil	3
print(pcall(table.unpack, {}, 1, 1e8)) --> false	too many results to unpack
-- a proxy: every access goes through __index, __newindex and __len
local store, log = {3, 1, 2}, {}
local proxy = setmetatable({}, {
  __len = function() return #store end,
  __index = function(_, k) log[#log + 1] = "r" .. k return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "w" .. k store[k] = v end,
})
table.sort(proxy)
print(table.concat(store, ","), table.concat(log, " ")) --> 1,2,3	r1 r3 w1 w3 r2 r1 w2 w1
print(pcall(table.concat, setmetatable({}, {__len = function() return 1.5 end}))) --> false	object length is not an integer
-- sort keeps lua5.4's order of equal elements
local recs = {}
for i = 1, 12 do recs[i] = {k = i % 3, id = i} end
table.sort(recs, function(a, b) return a.k < b.k end)
local ids = {}
for i, r in ipairs(recs) do ids[i] = r.id end
print(table.concat(ids, " ")) --> 12 9 3 6 1 4 7 10 2 8 11 5
print(pcall(table.sort, {5, 4, 3, 2, 1}, function() return true end)) --> false	invalid order function for sorting
print(pcall(table.sort, {1, "x"})) --> false	attempt to compare string with number
-- a comparator may yield: the sort is a state machine, not Go recursion
local co = coroutine.wrap(function(list)
  table.sort(list, function(a, b) coroutine.yield(a .. "<" .. b) return a < b end)
  return "sorted " .. table.concat(list, ",")
end)
local steps, r = 0, co({3, 1, 2})
while r:sub(1, 6) ~= "sorted" do steps = steps + 1 r = co() end
print(steps, r) --> 2	sorted 1,2,3
-- and a suspended sort can be persisted and finished in a copy
local th = coroutine.create(function(list)
  table.sort(list, function(a, b) coroutine.yield() return a > b end)
  return table.concat(list, ",")
end)
local data = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0}
coroutine.resume(th, data)
for _ = 1, 8 do coroutine.resume(th) end
local bytes = eris.persist({[_ENV] = 1, [coroutine.yield] = 2}, th)
local copy = eris.unpersist({_ENV, coroutine.yield}, bytes)
local ok, res = coroutine.resume(copy)
while coroutine.status(copy) ~= "dead" do ok, res = coroutine.resume(copy) end
print(ok, res, data[1] ~= 9) --> true	9,8,7,6,5,4,3,2,1,0	true

