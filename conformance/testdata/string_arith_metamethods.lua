-- string arithmetic goes through the string metatable in 5.4
local mt = getmetatable("")
local names = {}
for k in pairs(mt) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print("10" + 5, "3" * "4", "2" ^ 2, -"3", "7" // 2, "7" % "4", "1" / "4")
print(math.type("10" + 5), math.type("10.0" + 5), math.type("0x10" * 1))
print(pcall(function() return "a" + 1 end))
print(pcall(function() return {} + "1" end))
print(pcall(function() return "1" + {} end))
local saved = mt.__add
mt.__add = nil
print(pcall(function() return "1" + 1 end))
mt.__add = saved
print("1" + 1)
