-- the fourth value of a generic for is closed when the loop ends
local function closer(name)
  return setmetatable({}, {__close = function(_, err) print("close", name, err) end})
end
local function iter(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end, nil, nil, closer("it" .. n)
end
for i in iter(2) do print("body", i) end
for i in iter(5) do if i == 2 then break end print("body", i) end
local function f()
  for i in iter(3) do if i == 1 then return "returned" end end
end
print(f())
print(pcall(function() for i in iter(3) do error("boom") end end))
for i in iter(1) do goto out end
::out::
print("end")
