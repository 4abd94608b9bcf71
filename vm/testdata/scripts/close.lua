-- To-be-closed variables close in reverse order on every exit path.
local function closer(name)
  return setmetatable({}, {__close = function(_, err) print("close " .. name, err) end})
end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
end
--> close b	nil
--> close a	nil
for i = 1, 2 do
  local c <close> = closer("loop" .. i)
  if i == 2 then break end
end
--> close loop1	nil
--> close loop2	nil
local function f()
  local d <close> = closer("d")
  return "returned"
end
print(f())
--> close d	nil
--> returned
print(pcall(function()
  local e <close> = closer("e")
  error("boom", 0)
end))
--> close e	boom
--> false	boom
print(select(2, pcall(function() local x <close> = 42 end)))  --> close.lua:30: variable 'x' got a non-closable value
