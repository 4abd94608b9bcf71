-- while loops with conditions, break and nested loops
local i = 0
while i < 5 do i = i + 1 end
print(i)
while false do print("never") end
local n, out = 0, {}
while true do
  n = n + 1
  if n % 2 == 0 then out[#out + 1] = n end
  if n > 10 then break end
end
print(table.concat(out, ","))
local a = 0
while a < 3 do
  local b = 0
  while true do b = b + 1 if b == 2 then break end end
  a = a + b
end
print(a)
local cond = 3
while cond do cond = cond > 0 and cond - 1 or nil end
print(cond)
