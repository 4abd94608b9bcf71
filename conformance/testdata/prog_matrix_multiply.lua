-- integer and float matrix products
local function mat(n, f) local m = {} for i = 1, n do m[i] = {} for j = 1, n do m[i][j] = f(i, j) end end return m end
local function mul(a, b)
  local n, c = #a, {}
  for i = 1, n do c[i] = {} for j = 1, n do local s = 0 for k = 1, n do s = s + a[i][k] * b[k][j] end c[i][j] = s end end
  return c
end
local a = mat(4, function(i, j) return i + j end)
local b = mat(4, function(i, j) return i == j and 2 or 0 end)
for _, row in ipairs(mul(a, b)) do print(table.concat(row, " ")) end
local f = mul(mat(3, function(i, j) return 1 / (i + j) end), mat(3, function(i, j) return i * 0.5 end))
for _, row in ipairs(f) do print(table.concat(row, " ")) end
