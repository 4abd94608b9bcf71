-- _G is the globals table and refers to itself
print(_G._G == _G, _G == _ENV, type(_G))
_G.newglobal = "hello"
print(newglobal)
local count = 0
for _, name in ipairs({"assert", "collectgarbage", "dofile", "error", "getmetatable",
  "ipairs", "load", "loadfile", "next", "pairs", "pcall", "print", "rawequal", "rawget",
  "rawlen", "rawset", "require", "select", "setmetatable", "tonumber", "tostring", "type",
  "xpcall", "warn"}) do
  if type(_G[name]) == "function" then count = count + 1 else print("missing", name) end
end
print(count)
for _, lib in ipairs({"coroutine", "debug", "io", "math", "os", "package", "string", "table", "utf8"}) do
  io.write(lib, ":", type(_G[lib]), " ")
end
print()
print(_VERSION)
setmetatable(_G, {__index = function(_, k) return "default " .. k end})
print(undefined_name)
setmetatable(_G, nil)
