-- a binary chunk's header, byte by byte: each damaged byte, each cut, and the load modes
local d = string.dump(function() return 1 end)
for i = 1, 31 do
  local b = d:sub(1, i - 1) .. string.char((d:byte(i) + 1) % 256) .. d:sub(i + 1)
  print(i, select(2, load(b, "chunk", "b")))
end
for _, n in ipairs({0, 1, 4, 5, 6, 12, 20, 30, 31, 32, 40}) do print("trunc", n, select(2, load(d:sub(1, n), "=chunk", "b"))) end
print(select(2, load(d:sub(1, 40))))
print(select(2, load(d:sub(1, 40), "@file.lua")))
print(select(2, load("\27Lua", nil, "t")))
print(select(2, load("return 1", "x", "b")))
print(select(2, load(d, "x", "t")))
print(select(2, load(d, "x", "q")))
print(select(2, load(d, "x", "")))
