-- a <close> variable in a loop body is closed every iteration
local closes = {}
for i = 1, 3 do
  local c <close> = setmetatable({}, {__close = function() closes[#closes + 1] = "close" .. i end})
  closes[#closes + 1] = "body" .. i
end
print(table.concat(closes, " "))
closes = {}
local i = 0
repeat
  i = i + 1
  local c <close> = setmetatable({}, {__close = function() closes[#closes + 1] = "r" .. i end})
until i == 2
print(table.concat(closes, " "))
