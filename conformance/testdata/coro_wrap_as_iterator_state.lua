-- a wrapped coroutine used as a stateful iterator with arguments
local function chars(s)
  return coroutine.wrap(function()
    for i = 1, #s do coroutine.yield(i, s:sub(i, i)) end
  end)
end
local out = {}
for i, c in chars("lua!") do out[#out + 1] = i .. c end
print(table.concat(out, " "))
local echo = coroutine.wrap(function(first)
  local v = first
  while v ~= "stop" do v = coroutine.yield("echo:" .. v) end
  return "stopped"
end)
print(echo("a"), echo("b"), echo("stop"))
