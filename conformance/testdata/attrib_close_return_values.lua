-- return values are computed before __close runs and survive it
local function f()
  local x = {v = "original"}
  local c <close> = setmetatable({}, {__close = function() x.v = "changed by close" end})
  return x.v, x
end
local v, x = f()
print(v, x.v)
local function g()
  local c <close> = setmetatable({}, {__close = function() print("closing g") end})
  return (function() print("computing result") return "result" end)()
end
print(g())
