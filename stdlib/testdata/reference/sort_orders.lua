-- table.sort orders, bad-comparator errors and __lt sorting, compared byte for byte
-- with lua5.4 by TestSortMatchesReference; a deterministic generator independent of
-- math.random makes the inputs.
local seed = 12345
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n + 1 end
local out = {}
for trial = 1, 400 do
  local n = rnd(130)
  local t = {}
  for i = 1, n do t[i] = {k = rnd(trial % 7 + 2), id = i} end
  table.sort(t, function(a, b) return a.k < b.k end)
  local ids = {}
  for i = 1, n do ids[i] = t[i].id end
  out[#out+1] = table.concat(ids, ",")
end
print(#out)
for _, s in ipairs(out) do print(s) end
-- invalid comparators
for trial = 1, 300 do
  local n = rnd(120)
  local t = {}
  for i = 1, n do t[i] = rnd(10) end
  local calls = 0
  local mode = trial % 4
  local ok, err = pcall(table.sort, t, function(a, b)
    calls = calls + 1
    if mode == 0 then return a <= b
    elseif mode == 1 then return true
    elseif mode == 2 then return rnd(2) == 1
    else return a >= b end
  end)
  print(trial, ok, err, calls, table.concat(t, ","))
end
-- __lt objects, no comparator
local mt = {__lt = function(a, b) return a.k < b.k end}
for trial = 1, 100 do
  local n = rnd(110)
  local t = {}
  for i = 1, n do t[i] = setmetatable({k = rnd(5), id = i}, mt) end
  table.sort(t)
  local ids = {}
  for i = 1, n do ids[i] = t[i].id end
  print(table.concat(ids, ","))
end
-- large arrays with few distinct values (no randomisation expected unless imbalance)
for trial = 1, 5 do
  local n = 2000
  local t = {}
  for i = 1, n do t[i] = {k = rnd(50), id = i} end
  table.sort(t, function(a, b) return a.k < b.k end)
  local h = 0
  for i = 1, n do h = (h * 31 + t[i].id) % 1000000007 end
  print("large", h)
end
