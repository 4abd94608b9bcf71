-- A module whose body yields while it is being required (coroutine_require.lua).
local name, file = ...
local M = {name = name, file = file}
M.first = coroutine.yield("loading " .. name)
M.second = coroutine.yield("still loading " .. name)
return M
