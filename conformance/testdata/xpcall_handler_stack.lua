-- the handler runs where the error happened (stack not yet unwound)
local function where(m)
  local info = debug.getinfo(2, "Sl")
  return m .. " | handler level2 line " .. tostring(info and info.currentline)
end
local function inner() error("deep error") end
local function outer() inner() end
print(xpcall(outer, where))
print(xpcall(function() local t = nil; return t.x end, function(m)
  return debug.getinfo(2, "n") and "has caller info" or "no info"
end))
