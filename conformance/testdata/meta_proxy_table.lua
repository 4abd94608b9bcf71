-- a read-only proxy built from __index, __newindex, __len and __pairs
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("attempt to update read-only field '" .. tostring(k) .. "'", 2) end,
    __len = function() return #t end,
    __pairs = function() return next, t, nil end,
  })
end
local days = readonly({"mon", "tue", "wed"})
print(days[1], #days, rawlen(days))
print(pcall(function() days[4] = "thu" end))
local seen = {}
for i, v in pairs(days) do seen[#seen + 1] = i .. v end
print(table.concat(seen, " "))
print(table.concat(days, ","))
