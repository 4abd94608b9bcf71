-- __close metamethod arguments and lookup time
local mt = {__close = function(v, e) print("close", v.name, select("#", v, e), e) end}
do local a <close> = setmetatable({name = "a"}, mt) end
local obj = setmetatable({name = "swap"}, mt)
do
  local a <close> = obj
  mt.__close = function(v) print("replaced close", v.name) end
end
print(pcall(function()
  local b <close> = setmetatable({}, {__close = function() end})
  getmetatable(b).__close = nil
end))
