-- A coroutine suspended inside a pairs loop, over a table that had keys deleted and
-- added before the loop began, continues after loading: it visits each remaining key
-- exactly once, in the order an uninterrupted run visits them, and clearing the field
-- just visited (which Lua allows during a traversal) changes nothing. The same holds
-- for a loop calling next itself and for ipairs.

local t = {}
for i = 1, 30 do t["k" .. i] = i end
for i = 1, 30, 4 do t["k" .. i] = nil end
t.added1, t.added2 = "a1", "a2"
for i = 1, 10 do t[i] = i * i end
t[5] = nil
t[2.5], t[true] = "float key", "true key"
t.k2 = nil
t.k2 = "readded"

local co = coroutine.create(function()
  local seen = {}
  for k, v in pairs(t) do
    seen[#seen + 1] = tostring(k) .. "=" .. tostring(v)
    if #seen % 5 == 0 then
      t[k] = nil
      coroutine.yield("pairs " .. #seen)
    end
  end
  print("pairs saw", #seen, table.concat(seen, " "))

  local k, v = next(t)
  local n = 0
  while k ~= nil do
    n = n + 1
    if n % 7 == 0 then coroutine.yield("next " .. tostring(k)) end
    k, v = next(t, k)
  end
  print("next saw", n)

  local sum = 0
  for i, sq in ipairs(t) do
    sum = sum + sq
    coroutine.yield("ipairs " .. i)
  end
  return "sum " .. sum
end)
print(coroutine.resume(co))
return {co = co, t = t}
---- persist ----
local r = ...
for _ = 1, 3 do print(coroutine.resume(r.co)) end
return r
---- persist ----
local r = ...
r.t.k3 = "changed value"
for _ = 1, 4 do print(coroutine.resume(r.co)) end
return r
---- persist ----
local r = ...
while coroutine.status(r.co) ~= "dead" do print(coroutine.resume(r.co)) end
local keys = 0
for _ in pairs(r.t) do keys = keys + 1 end
print("keys left", keys)
