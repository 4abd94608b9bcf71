-- generic for with ipairs, custom iterators and closures
for i, v in ipairs({"a", "b", "c"}) do io.write(i, "=", v, " ") end print()
local function range(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i, i * i end end
end
for i, sq in range(4) do io.write(i, ":", sq, " ") end print()
local function iter(s, c) if c < s then return c + 1 end end
for v in iter, 3, 0 do io.write(v, " ") end print()
for k, v in next, {10} do print(k, v) end
local t = {}
for a, b, c, d in function(_, x) if not x then return 1, 2, 3, 4 end end do t[#t + 1] = a .. b .. c .. d end
print(t[1], #t)
for _ in pairs({}) do print("never") end
