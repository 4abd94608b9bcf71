-- pcall inside pcall, errors in handlers, and error values kept intact
print(pcall(pcall, pcall, error, "deep"))
print(pcall(function() local ok, e = pcall(error) return ok, e end))
print(xpcall(function() return pcall(error, "inner") end, print))
print(pcall(xpcall, error, function(m) return "h:" .. tostring(m) end, "x"))
local depth = 0
local function recurse() depth = depth + 1 if depth < 100 then return pcall(recurse) end error("bottom", 0) end
print(recurse())
print(depth)
