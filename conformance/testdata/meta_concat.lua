-- __concat with strings, numbers and chains
local C = {}
C.__concat = function(a, b)
  local function s(v) return type(v) == "table" and "<" .. v.n .. ">" or tostring(v) end
  return setmetatable({n = s(a) .. s(b)}, C)
end
local c = setmetatable({n = "c"}, C)
print((c .. "x").n, ("x" .. c).n, (1 .. c).n, (c .. c).n)
print(("a" .. "b" .. c .. "d").n)
print(pcall(function() return (c .. nil).n end))
print(pcall(function() return {} .. "x" end))
print(pcall(function() local t = {} return "x" .. t end))
