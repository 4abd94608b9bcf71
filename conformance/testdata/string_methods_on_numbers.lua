-- string functions accept numbers; numbers have no methods
print(string.upper(12), string.len(1.5), string.rep(1, 3), string.sub(123.0, 1, 3))
print(string.format("%s", 10 // 3), ("x"):rep(2))
print(pcall(function() local n = 5 return n:len() end))
print(pcall(function() return (5):len() end))
print(#tostring(12.0), tostring(12.0):upper())
