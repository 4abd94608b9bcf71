-- constant table order, reuse, and the cache shared with nested functions
local a = "x"
local b = 1.0
local c = 1
local function f()
  return "y", "x", 1, 1.0, 2.0, true, false, nil
end
local d = "x"
local e = 2.0
local t = {x = true, y = false, z = 0.0}
t.k = nil
t[1] = 1.0
t.f = 1e15
t.g = -0.5
t.h = "\a\b\f\n\r\t\v\\\"\0\1\127\200\255é"
t.i = [[
long string]]
local g = function() return 0.1, "x", 0.1 end
return a, b, c, d, e, f, g
