-- Float arithmetic in a numeric for loop.
local x = 0.0
for i = 1, 3000000 do
  x = x + i * 0.5
end
return x
