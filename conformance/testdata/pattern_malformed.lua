-- malformed pattern errors
local bad = {"%", "(", ")", "[a", "[", "%b", "%f", "(()", "%g(", "[^", "%1", "a%"}
for _, p in ipairs(bad) do print(p, pcall(string.find, "abc", p)) end
print(pcall(string.gsub, "abc", "(", "x"))
print(pcall(string.gmatch("abc", "%"), nil))
