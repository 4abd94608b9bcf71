-- errors about values that cannot be closed
print(pcall(function() local x <close> = {} end))
print(pcall(function() local x <close> = 42 end))
print(pcall(function() local x <close> = "s" end))
print(pcall(function() local x <close> = setmetatable({}, {__index = {}}) end))
print(load("local x <close> = nil; x = 1", "=k"))
print(pcall(function()
  local x <close> = setmetatable({}, {__close = function() end})
  return "fine"
end))
