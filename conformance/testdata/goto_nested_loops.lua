-- goto out of nested loops and to labels at block end
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto done end
    io.write(i * j, " ")
  end
end
::done::
print()
do
  goto skip
  print("skipped")
  ::skip::
end
local n = 0
::top::
n = n + 1
if n < 5 then goto top end
print(n)
