-- many values through resume and yield
local co = coroutine.wrap(function(...)
  local args = table.pack(...)
  while true do
    args = table.pack(coroutine.yield(args.n, table.unpack(args, 1, args.n)))
  end
end)
print(co())
print(co(1, 2, 3))
print(select("#", co(table.unpack({}, 1, 100))))
local big = {}
for i = 1, 200 do big[i] = i end
print(select(201, co(table.unpack(big))))
