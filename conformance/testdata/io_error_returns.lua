-- failures return nil, message and errno
print(io.open("/no/such/dir/file"))
print(io.open("/no/such/dir/file", "w"))
print(io.open("/"):read(1))
print(select("#", io.open("/no/such")))
print(pcall(io.lines, "/no/such"))
print(pcall(io.input, "/no/such"))
