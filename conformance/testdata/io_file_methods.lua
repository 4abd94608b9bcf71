-- methods of file handles
local name = os.tmpname()
local f = assert(io.open(name, "w"))
local names = {}
for k in pairs(getmetatable(f).__index) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(getmetatable(f).__name, type(getmetatable(f).__gc), type(getmetatable(f).__close))
f:close()
do
  local g <close> = assert(io.open(name))
  print(io.type(g))
end
os.remove(name)
