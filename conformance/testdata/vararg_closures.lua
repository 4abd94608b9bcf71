-- varargs cannot be captured as upvalues, but tables of them can
local function capture(...)
  local t = table.pack(...)
  return function() return table.unpack(t, 1, t.n) end
end
local f = capture(1, nil, 3)
print(f())
print(select("#", f()))
print(load("return function() return ... end"))
print(select(2, load("function f() return ... end")))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(1, 2, 3, 4.5))
