-- library functions respect __len and __index/__newindex
local log = {}
local t = setmetatable({}, {
  __len = function() return 2 end,
  __index = function(_, k) return "v" .. k end,
  __newindex = function(tt, k, v) log[#log + 1] = k .. "=" .. tostring(v) rawset(tt, k, v) end,
})
table.insert(t, "new")
print(table.concat(log, " "), rawget(t, 3))
print(table.concat(t, ","))
print(table.unpack(t))
log = {}
print(table.remove(t), table.concat(log, " "))
