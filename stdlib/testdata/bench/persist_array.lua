-- One array of 1,000,000 numbers, integers and floats alternating. The program
-- returns the array. It is Lua 5.2 as well, so that the same shape can be persisted
-- by Eris (where every number is a float).

local t = {}
for i = 1, 1000000 do
  if i % 2 == 0 then t[i] = i else t[i] = i + 0.5 end
end
return t
