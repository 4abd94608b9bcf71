-- count hooks fire every N instructions
local n = 0
debug.sethook(function(ev) n = n + 1 end, "", 1000)
local s = 0
for i = 1, 100000 do s = s + i end
debug.sethook()
print(s, n > 10, n < 10000)
local f, mask, count = debug.gethook()
print(f, mask, count)
local events = {}
debug.sethook(function(ev) events[ev] = (events[ev] or 0) + 1 end, "cr")
local function callee() return 1 end
callee()
callee()
debug.sethook()
print(events.call >= 2, events["return"] >= 2, events.line)
local lines = {}
debug.sethook(function(ev, line) lines[#lines + 1] = line end, "l")
local z = 1
z = z + 1
debug.sethook()
print(table.concat(lines, " "))
