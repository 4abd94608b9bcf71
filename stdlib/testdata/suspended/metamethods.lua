-- Coroutines suspended in each kind of metamethod an instruction calls, so that the
-- instruction completes when the metamethod returns after loading.
local function y(...) return coroutine.yield(...) end
local mt = {
  __index = function(_, k) return y(k) end,
  __newindex = function(_, k) y(k) end,
  __add = function() return y("add") end,
  __sub = function() return y("sub") end,
  __band = function() return y("band") end,
  __unm = function() return y("unm") end,
  __len = function() return y("len") end,
  __concat = function() return y("concat") end,
  __eq = function() return y("eq") end,
  __lt = function() return y("lt") end,
  __call = function() return y("call") end,
}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
local le = setmetatable({}, {__le = function() return y("le") end})
local bodies = {
  function() return a.x end,
  function() return a[1] end,
  function() return a:m() end,
  function() a.x = 1 end,
  function() a[2] = 1 end,
  function() return a + 1 end,
  function() return 1 - a end,
  function() return a & 1 end,
  function() return a + b end,
  function() return -a end,
  function() return #a end,
  function() return "p" .. a .. "q" .. 1 end,
  function() return a == b end,
  function() return a < b end,
  function() return a <= b end,
  function() return a <= 1 end,
  function() return 2 >= a end,
  function() return a > 1 end,
  function() return le <= le end,
  function() return a(5) end,
  function() return tostring(setmetatable({}, {__tostring = function() return y("s") end})) end,
}
local cos = {}
for i, f in ipairs(bodies) do
  cos[i] = coroutine.create(f)
  coroutine.resume(cos[i])
end
return cos
