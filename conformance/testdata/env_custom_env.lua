-- _ENV as an ordinary upvalue/local
local print = print
do
  local _ENV = {x = "inner x"}
  print(x)
  y = "stored in custom env"
  print(y)
end
print(y)
local function withenv(_ENV) return a, b end
print(withenv({a = 1, b = 2}))
local env = setmetatable({}, {__index = _G})
local f = load("z = 99; return z, type(print)", "c", "t", env)
print(f())
print(env.z, rawget(_G, "z"))
local function setglobal() _ENV.w = "via _ENV" end
setglobal()
print(w, _G.w)
