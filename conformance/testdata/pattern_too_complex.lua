-- deeply recursive patterns hit the matcher's limits
local ok, err = pcall(string.match, string.rep("a", 300), string.rep("a?", 300) .. string.rep("a", 300))
print(ok, err)
ok, err = pcall(string.find, string.rep("x", 1000), string.rep("(", 40) .. "x" .. string.rep(")", 40))
print(ok, err)
print(pcall(string.match, string.rep("a", 3000), ".-b"))
print(#string.match(string.rep("a", 100000), "a*"))
