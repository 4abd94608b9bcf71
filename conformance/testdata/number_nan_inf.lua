-- NaN and infinity behaviour
local inf, nan = math.huge, 0 / 0
print(inf, -inf, inf + 1 == inf, inf - inf ~= inf - inf, inf * 0 ~= inf * 0)
print(math.type(inf), math.floor(3.7), pcall(math.floor, inf))
print(math.tointeger(inf), math.tointeger(nan), math.fmod(1, inf), math.max(1, inf))
local t = {}
print(pcall(function() t[nan] = 1 end))
print(pcall(rawset, t, nan, 1))
print(t[nan], rawget(t, nan))
print(pcall(function() t[nil] = 1 end))
print(t[nil], rawequal(nan, nan), string.format("%.1f", inf), string.format("%d", 3.0))
print(string.format("%5.1f|%-6f|%e", inf, -inf, inf))
