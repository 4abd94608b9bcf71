-- errors from calling a bad iterator in generic for
print(pcall(function() for k in nil do end end))
print(pcall(function() for k in {} do end end))
print(pcall(function() local t = 5 for k in t do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
print(pcall(function() for k, v in ipairs() do end end))
print(pcall(function() for k, v in next, 5 do end end))
