-- format with many arguments and repeated specifiers
local args, spec = {}, {}
for i = 1, 60 do args[i] = i spec[i] = "%d" end
print(string.format(table.concat(spec, ","), table.unpack(args)))
print(string.format("%s=%d %s=%d", "a", 1, "b", 2))
print(string.format("%5.1f%%", 99.44), string.format("%-3d|%3d|", 7, 7))
print(pcall(string.format, "%d %d", 1))
