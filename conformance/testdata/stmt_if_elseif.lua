-- if / elseif / else and truthiness
local function classify(x)
  if x == nil then return "nil"
  elseif x == false then return "false"
  elseif type(x) == "number" and x < 0 then return "neg"
  elseif type(x) == "number" then return "num"
  else return "other" end
end
for _, v in ipairs({-1, 0, "s"}) do print(classify(v)) end
print(classify(nil), classify(false))
for _, v in ipairs({0, "", {}, 0.0}) do if v then io.write("truthy ") end end
print()
if nil then print("no") elseif false then print("no") end
if 1 then print("one") else print("no") end
