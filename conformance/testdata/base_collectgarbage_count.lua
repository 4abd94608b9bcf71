-- collectgarbage("count") returns kilobytes as a float and a second value
local kb, extra = collectgarbage("count")
print(math.type(kb), kb > 0, extra)
local before = collectgarbage("count")
local t = {}
for i = 1, 100000 do t[i] = {} end
print(collectgarbage("count") > before)
t = nil
collectgarbage()
print(collectgarbage("step", 0) ~= nil, select("#", collectgarbage("setpause", 100)), select("#", collectgarbage("setstepmul", 200)))
