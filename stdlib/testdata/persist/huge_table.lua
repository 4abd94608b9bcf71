-- Huge tables: an array part of 300,000 values, a hash part of 200,000 string keys
-- with holes left by deletions, and a table of 100,000 float and table keys.

local arr, hash, odd = {}, {}, {}
for i = 1, 300000 do arr[i] = i % 7 == 0 and ("s" .. i) or i * 0.5 end
for i = 1, 200000 do hash["key" .. i] = i end
for i = 1, 200000, 3 do hash["key" .. i] = nil end
for i = 1, 50000 do odd[i + 0.25] = i; odd[{i}] = -i end
return {arr = arr, hash = hash, odd = odd}
---- persist ----
local r = ...
local sum, strings = 0, 0
for i = 1, #r.arr do
  local v = r.arr[i]
  if type(v) == "string" then strings = strings + 1 else sum = sum + v end
end
print("array", #r.arr, sum, strings)
local n, hsum, order = 0, 0, {}
for k, v in pairs(r.hash) do
  n, hsum = n + 1, hsum + v
  if n <= 5 or n % 40000 == 0 then order[#order + 1] = k end
end
print("hash", n, hsum, table.concat(order, " "))
local fsum, tsum = 0, 0
for k, v in pairs(r.odd) do
  if type(k) == "table" then tsum = tsum + k[1] - v else fsum = fsum + k + v end
end
print("odd keys", fsum, tsum)
