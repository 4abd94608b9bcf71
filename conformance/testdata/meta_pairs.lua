-- __pairs overrides pairs
local t = setmetatable({}, {__pairs = function(self)
  local i = 0
  return function(_, k) i = i + 1 if i <= 3 then return i, i * 100 end end, self, nil
end})
for k, v in pairs(t) do io.write(k, "=", v, " ") end print()
local proxy = setmetatable({}, {__pairs = function() return next, {a = 1}, nil end})
for k, v in pairs(proxy) do print(k, v) end
local extra = setmetatable({}, {__pairs = function() return 1, 2, 3, 4 end})
print(pairs(extra))
for k in next, setmetatable({x = 1}, {__pairs = error}) do print("next ignores __pairs", k) end
