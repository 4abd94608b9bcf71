-- __mode and __gc fields are accepted; weak tables keep strong keys
local weak = setmetatable({}, {__mode = "k"})
local key = {}
weak[key] = "v"
collectgarbage()
print(weak[key])
local wv = setmetatable({}, {__mode = "v"})
wv[1] = "string values are not collected"
collectgarbage()
print(wv[1])
local finalized = false
do setmetatable({}, {__gc = function() finalized = true end}) end
collectgarbage() collectgarbage()
print(type(finalized))
