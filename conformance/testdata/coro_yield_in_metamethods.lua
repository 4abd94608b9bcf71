-- yields from inside metamethods
local mt = {
  __add = function(a, b) return coroutine.yield("add") end,
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
  __len = function() return coroutine.yield("len") end,
  __newindex = function(t, k, v) coroutine.yield("newindex " .. k) end,
}
local co = coroutine.wrap(function()
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  print("add ->", a + b)
  print("index ->", a.key)
  print("lt ->", a < b)
  print("concat ->", a .. "s")
  print("eq ->", a == b)
  print("call ->", a("x"))
  print("len ->", #a)
  a.new = 1
  print("newindex done", rawget(a, "new"))
  return "end"
end)
local v = co()
while v ~= "end" do
  print("yielded", v)
  v = co(v == "lt" and 1 or v == "eq" and false or v .. "!")
end
