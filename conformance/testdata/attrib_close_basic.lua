-- <close> variables are closed in reverse order at scope end
local function closer(name)
  return setmetatable({name = name}, {__close = function(self, err)
    print("closing", self.name, err)
  end})
end
do
  local a <close> = closer("a")
  local b <close> = closer("b")
  local c <close> = nil
  local d <close> = false
  print("in block")
end
print("after block")
local function f()
  local x <close> = closer("x")
  return "returned"
end
print(f())
