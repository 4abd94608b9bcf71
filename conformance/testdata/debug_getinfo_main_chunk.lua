-- getinfo on the main chunk and on C functions at stack levels
local main = debug.getinfo(1, "Snlu")
print(main.what, main.name, main.namewhat, main.nups, main.isvararg, main.nparams)
local function caller() return debug.getinfo(2, "S").what end
print(caller())
print(debug.getinfo(2, "S").what, debug.getinfo(3))
print(pcall(function() return debug.getinfo(2, "n").name end))
