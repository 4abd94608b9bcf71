-- concatenation converts numbers with the same format as tostring
print(1 .. 2, 1.0 .. "", -0.0 .. "|", 2^63 .. "", math.mininteger .. "")
print("a" .. 1 .. 2.5 .. "b", 10 .. 20 == "1020")
local x = 0.1
print(x .. "", 1e100 .. "", (1/0) .. "", 123456789012 .. "")
print(pcall(function() return "a" .. nil end))
print(pcall(function() return "a" .. {} end))
print(pcall(function() return true .. "a" end))
print(pcall(function() local t = {} return "a" .. t.x end))
print(pcall(function() local t = {} return t .. "a" end))
print(pcall(function() return 1 .. print end))
