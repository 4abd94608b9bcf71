-- break leaves the innermost loop only
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    io.write(i, j, " ")
  end
end
print()
local t = {}
for _, v in ipairs({1, 2, 3, 4}) do
  if v == 3 then break end
  t[#t + 1] = v
end
print(#t)
local i = 0
repeat i = i + 1 do if i == 2 then break end end until i > 5
print(i)
while true do do break end end
print("after")
