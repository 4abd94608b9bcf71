-- getregistry, getuservalue, setuservalue and friends
print(type(debug.getregistry()))
print(debug.getuservalue(1), debug.getuservalue({}))
print(debug.getuservalue(io.stdout))
print(pcall(debug.setuservalue, {}, 1))
print(type(debug.setcstacklimit), debug.setcstacklimit(100))
local names = {}
for k in pairs(debug) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
