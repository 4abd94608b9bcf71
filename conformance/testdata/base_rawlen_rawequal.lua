-- rawlen and rawequal ignore metamethods
local t = setmetatable({1, 2, 3}, {__len = function() return 99 end, __eq = function() return true end})
print(#t, rawlen(t), rawlen("four"), rawlen(""))
print(t == setmetatable({}, getmetatable(t)), rawequal(t, setmetatable({}, getmetatable(t))))
print(rawequal(0, -0), rawequal(0, 0.0), rawequal(1, "1"), rawequal(nil, nil), rawequal(0/0, 0/0))
print(pcall(rawlen, nil))
print(pcall(rawequal, 1))
