-- a handle opened without '+' cannot write ("r") or read ("w", "a"): the call fails
-- at once with EBADF, whatever buffering setvbuf chose
local name = os.tmpname()
local w = assert(io.open(name, "w"))
print(w:read("l"))
print(w:read("a"))
print(w:read(0))
print(w:write("one\ntwo\n") == w)
w:close()

for _, mode in ipairs{"no", "full", "line"} do
  local f = assert(io.open(name, "r"))
  print(mode, f:read("l"), f:setvbuf(mode))
  print(f:write("x"))
  print(f:write("y\n", 1))
  print(f:flush())
  print(f:read("l"))
  print(f:close())
end

local a = assert(io.open(name, "a"))
print(a:read("l"))
print(a:write("three\n") == a, a:close())
for l in io.lines(name) do print(l) end
os.remove(name)
