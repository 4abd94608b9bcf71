-- a zero step is an error; the loop variable is read-only copy
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1.0, 10, 0.0 do end end))
print(pcall(function() for i = 1, 10, 0.0 do end end))
print(pcall(function() local s = 0 for i = 1, 2, s do end end))
for i = 1, 3 do
  local j = i
  i = i * 10
  io.write(j, "->", i, " ")
end
print()
