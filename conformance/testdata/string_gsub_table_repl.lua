-- gsub with a table: lookups by whole match or first capture
local vars = {name = "Lua", version = 5.4, flag = false}
print(("$name $version $missing $flag"):gsub("%$(%w+)", vars))
print(("abc"):gsub("%w", {a = 1, b = false}))
print(pcall(string.gsub, "abc", "%w", {b = true}))
print(pcall(string.gsub, "abc", "%w", {a = {}}))
local proxy = setmetatable({}, {__index = function(_, k) return k:upper() end})
print(("hello world"):gsub("%w+", proxy))
