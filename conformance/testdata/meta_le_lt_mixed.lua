-- comparison metamethods with numbers and strings on one side
local mt = {
  __lt = function(x, y) return (type(x) == "table" and x.v or x) < (type(y) == "table" and y.v or y) end,
  __le = function(x, y) return (type(x) == "table" and x.v or x) <= (type(y) == "table" and y.v or y) end,
}
local w = setmetatable({v = 5}, mt)
print(w < 6, 4 < w, w <= 5, 5 >= w, w > 4, 10 > w)
print(pcall(function() return w < "x" end))
local s = setmetatable({v = "m"}, mt)
print(s < "z", "a" < s, s <= "m")
