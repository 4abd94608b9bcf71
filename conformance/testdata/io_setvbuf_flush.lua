-- setvbuf and flush return true on success
print(io.stdout:setvbuf("no"))
print(io.stdout:setvbuf("full", 1024))
print(io.stdout:setvbuf("line"))
print(io.stdout:flush(), io.flush())
print(pcall(io.stdout.setvbuf, io.stdout, "bogus"))
io.write("after setvbuf\n")
