-- read("n") accepts Lua numerals and stops at invalid ones
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("42 -17 3.25 0x1F 0x.8p1 1e3 -.5 +7 0xfffffffffffffffff 9223372036854775808 12e 5")
f:close()
f = assert(io.open(name))
for i = 1, 12 do
  local v = f:read("n")
  io.write(tostring(v), ":", tostring(math.type(v)), " ")
end
print()
print(f:read("a"))
f:close()
os.remove(name)
