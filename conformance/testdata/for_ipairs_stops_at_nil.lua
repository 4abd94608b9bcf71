-- ipairs stops at the first nil and respects __index
local t = {1, 2, nil, 4}
local n = 0
for i, v in ipairs(t) do n = i end
print(n)
local p = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 10 end end})
for i, v in ipairs(p) do io.write(i, "=", v, " ") end print()
local f, s, c = ipairs({})
print(type(f), c, f({5}, 0), f({5}, 1))
print(pcall(ipairs))
for i, v in ipairs("abc") do print("string has entries?", i, v) end
