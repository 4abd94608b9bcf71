-- A graph of 100,000 small tables with shared references: each refers to the one
-- before it and to its parent in a binary tree, and shares one of 100 name strings.
-- The program returns the array holding them all. It is Lua 5.2 as well, so that
-- the same shape can be persisted by Eris.

local n = 100000
local names = {}
for i = 1, 100 do names[i] = "name" .. i end
local all = {}
for i = 1, n do
  local t = {id = i, name = names[(i - 1) % 100 + 1]}
  if i > 1 then
    t.prev = all[i - 1]
    t.parent = all[math.floor(i / 2)]
  end
  all[i] = t
end
return all
