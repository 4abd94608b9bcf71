-- not, and, or with every kind of value
local vals = {nil, false, true, 0, "", "x"}
for i = 1, 6 do
  local v = vals[i]
  io.write(tostring(v), ": not=", tostring(not v), " and=", tostring(v and "R"), " or=", tostring(v or "R"), "\n")
end
local t = {}
local function side(x) t[#t + 1] = x return x end
local r = side(false) or side(nil) or side(0) or side(1)
print(r, #t)
print(not nil == not false, (not 1) == false)
