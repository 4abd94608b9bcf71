-- __index handlers that store what they compute
local computed = 0
local squares = setmetatable({}, {__index = function(t, n)
  computed = computed + 1
  local v = n * n
  rawset(t, n, v)
  return v
end})
print(squares[4], squares[4], squares[5], computed)
print(rawget(squares, 4), rawget(squares, 6))
local default = setmetatable({}, {__index = function() return "default" end})
default.set = "value"
print(default.set, default.unset)
