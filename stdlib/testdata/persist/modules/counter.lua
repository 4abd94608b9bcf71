-- A module with private state, loaded once (state_modules.lua).
print("counter module body runs")
local count = 0
local M = {}
function M.next() count = count + 1; return count end
return M
