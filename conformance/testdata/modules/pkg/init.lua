-- package module used by require_path.lua
local M = {name = "pkg"}
M.sub = require("pkg.sub")
return M
