-- yields from inside generic-for iterators
local co = coroutine.wrap(function()
  local function iter(s, i)
    i = i + 1
    if i <= 3 then coroutine.yield("iter " .. i) return i end
  end
  for i in iter, nil, 0 do print("loop body", i) end
  for k, v in coroutine.wrap(function() coroutine.yield("k", "v") end) do print("nested wrap", k, v) end
  local s = ("abc"):gsub(".", function(c) return c:upper() end)
  print(s)
  return "done"
end)
local v = co()
while v ~= "done" do print("yielded", v) v = co() end
