-- module used by require_path.lua
local name, path = ...
local M = {name = name, loadedfrom = path}
function M.hello(who) return "hello, " .. who end
return M
