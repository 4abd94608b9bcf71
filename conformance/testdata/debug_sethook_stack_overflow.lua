-- a stack overflow while a hook is being called is an ordinary error
local function inf(n) return 1 + inf(n + 1) end
debug.sethook(function(e, l) local info = debug.getinfo(2, "S") end, "crl")
local ok, msg = pcall(inf, 1)
debug.sethook()
print(ok, (msg:gsub("^.-:%d+: ", "")):match("^stack overflow") ~= nil)
local calls = 0
debug.sethook(function() calls = calls + 1 end, "c")
ok, msg = pcall(inf, 1)
debug.sethook()
print(ok, (msg:gsub("^.-:%d+: ", "")):match("^stack overflow") ~= nil, calls > 1000)
print(select("#", pcall(print, "still works")))
