-- escaping magic characters with %
local magic = "^$()%.[]*+-?"
print((magic:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")))
local escaped = magic:gsub("%p", "%%%0")
print(("x" .. magic .. "y"):find(escaped))
print(("a.b"):find("."), ("a.b"):find("%."), ("50%"):match("%d+%%"))
print(("a+b"):match("a%+b"), ("f(x)"):match("%((.)%)"))
print(pcall(string.find, "x", "%w%"))
