-- labels are local to functions; goto cannot cross function boundaries
local function f()
  for i = 1, 3 do
    local g = function()
      do goto inner end
      ::inner::
      return "inner ok"
    end
    if i == 2 then goto out end
    print(g())
  end
  ::out::
  return "out"
end
print(f())
print(load("local function g() goto x end ::x::", "=g"))
print(load("::x:: local function g() goto x end", "=g"))
