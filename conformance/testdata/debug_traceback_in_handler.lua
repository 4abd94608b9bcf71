-- xpcall with debug.traceback as handler: only the message line is printed
local function fail() error("handled failure") end
local ok, tb = xpcall(fail, debug.traceback)
print(ok, tb:match("^[^\n]+"))
local lines = 0
for _ in tb:gmatch("\n") do lines = lines + 1 end
print(lines > 2, tb:find("in function 'error'", 1, true) ~= nil, tb:find("in local 'fail'", 1, true) ~= nil)
ok, tb = xpcall(fail, function(m) return debug.traceback(m, 2) end)
print(tb:match("^[^\n]+"), tb:find("in function 'error'", 1, true) ~= nil)
