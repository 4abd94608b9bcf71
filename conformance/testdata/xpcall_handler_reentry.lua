-- An error inside a message handler calls the handler again with the new
-- error, until the limit of nested calls turns it into "error in error handling"
local n = 0
print(xpcall(error, function(m)
  n = n + 1
  if n == 1 then error("again") end
  return "handled " .. tostring(m) .. " " .. n
end, "x"))
n = 0
print(select("#", xpcall(error, function() n = n + 1 error("always") end, "x")), n)
n = 0
print(xpcall(error, function() n = n + 1 local t = nil return t.x end, "x"))
print(n)
n = 0
local ok, e = xpcall(function() local x = nil return x.y end, function(m)
  n = n + 1
  if n < 3 then error({n}) end
  return m
end)
print(ok, type(e), e[1], n)
-- the handler of an xpcall runs where the error happens, even inside a call
-- a builtin makes (here tostring calling __tostring)
local obj = setmetatable({}, {__tostring = function() error("in tostring") end})
print(xpcall(tostring, function(m) return "caught: " .. m end, obj))
print(xpcall(tostring, function(m) return debug.traceback(m, 1) end, obj))
print(pcall(tostring, obj))
