-- setlocal and setupvalue with bad indexes
local function f() local a = 1 return debug.setlocal(1, 5, 0), debug.setlocal(1, 1, 2), a end
print(f())
print(pcall(debug.setlocal, 100, 1, 0))
print(debug.setupvalue(function() end, 1, 0))
print(pcall(debug.setupvalue, print, 1, 0))
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.getlocal, 1))
