-- deeply nested function definitions and upvalue chains
local function level1()
  local a = 1
  return function()
    local b = 2
    return function()
      local c = 3
      return function()
        local d = 4
        return function() a = a + 1 return a + b + c + d end
      end
    end
  end
end
local f = level1()()()()
print(f(), f())
local src = {"local x = 0 "}
for i = 1, 30 do src[#src + 1] = "return (function() x = x + 1 " end
src[#src + 1] = "return x"
for i = 1, 30 do src[#src + 1] = " end)()" end
print(load(table.concat(src))())
