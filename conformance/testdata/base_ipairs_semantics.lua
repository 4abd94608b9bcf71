-- ipairs returns three values and stops at nil, with __index
local f, s, i = ipairs({})
print(type(f), type(s), i)
print(f({1, 2}, 0), f({1, 2}, 1), f({1, 2}, 2))
local calls = 0
local p = setmetatable({}, {__index = function(_, k) calls = calls + 1 if k < 4 then return k end end})
local n = 0
for _ in ipairs(p) do n = n + 1 end
print(n, calls)
print(pcall(function() for _ in ipairs(nil) do end end))
