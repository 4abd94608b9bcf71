-- values a return hook sees: a builtin's results, and those of a vararg function,
-- counted from its base above the extra arguments
local on = false
local function hook(event)
  if not on then return end
  local ar = debug.getinfo(2, "rS")
  local t = {}
  for i = ar.ftransfer, ar.ftransfer + ar.ntransfer - 1 do
    local _, v = debug.getlocal(2, i)
    t[#t + 1] = tostring(v)
  end
  print(event, ar.what, ar.ftransfer, ar.ntransfer, table.concat(t, " "))
end
debug.sethook(hook, "cr")
on = true; math.sin(3); on = false
on = true; select(2, 10, 20, 30, 40); on = false
on = true; string.byte("abc", 1, 3); on = false
local function foo(a, ...) return ... end
local function foo1() on = not on; return foo(20, 10, 0) end
foo1(); on = false
local function bar(...) local x = 1 return x, ... end
on = true; bar(5, 6, 7); on = false
debug.sethook()
