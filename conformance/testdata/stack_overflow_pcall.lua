-- infinite recursion is caught by pcall as a stack overflow
local function inf(n) return 1 + inf(n + 1) end
local ok, msg = pcall(inf, 1)
print(ok, type(msg), (msg:gsub("^.-:%d+: ", "")):match("^stack overflow") ~= nil)
local function viaMeta()
  local t = setmetatable({}, {})
  getmetatable(t).__index = function(tt, k) return tt[k] end
  return t.x
end
ok, msg = pcall(viaMeta)
print(ok, msg:find("stack overflow", 1, true) ~= nil)
ok = pcall(inf, 1)
print("still works after overflow", ok, select("#", pcall(print, "x")))
local co = coroutine.create(function() return inf(1) end)
local cok, cmsg = coroutine.resume(co)
print(cok, cmsg:find("stack overflow", 1, true) ~= nil, coroutine.status(co))
