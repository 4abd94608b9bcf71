-- errors inside the message handler
print(xpcall(function() error("orig") end, function(m) error("handler fail") end))
print(xpcall(function() error("orig") end, function(m) return m:nonexistent() end))
local calls = 0
print(xpcall(function() error("x") end, function(m) calls = calls + 1 return calls end))
print(pcall(xpcall, function() error("x") end, 42))
local tb = select(2, xpcall(function() error("x") end, debug.traceback))
print(type(tb), tb:match("^[^\n]*"), tb:find("stack traceback:", 1, true) ~= nil)
