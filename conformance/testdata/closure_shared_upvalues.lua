-- closures created in the same scope share upvalues
local function pair()
  local v = 0
  local function get() return v end
  local function set(x) v = x end
  return get, set
end
local get, set = pair()
print(get()) set(42) print(get())
local get2 = pair()
print(get2())
local x = 1
local function readx() return x end
x = 2
print(readx())
local function outer()
  local a = 1
  local function mid()
    local function inner() a = a + 1 return a end
    return inner
  end
  return mid(), function() return a end
end
local inc, read = outer()
inc() inc()
print(read())
