-- long if/elseif chains and nested conditionals
local function grade(n)
  if n >= 90 then return "A" elseif n >= 80 then return "B" elseif n >= 70 then return "C"
  elseif n >= 60 then return "D" else return "F" end
end
local out = {}
for _, n in ipairs({95, 85, 75, 65, 55, 90, 60}) do out[#out + 1] = grade(n) end
print(table.concat(out))
local function sign(x) if x > 0 then return 1 elseif x < 0 then return -1 elseif x == 0 then return 0 else return "nan" end end
print(sign(5), sign(-2), sign(0), sign(0 / 0))
local x = 5
if x > 1 then if x > 3 then if x > 4 then print("deep") end end end
