-- Error values and messages, as Lua 5.4 words them.
print(pcall(error, {code = 1}))                         --> ~false	table: 0x.*
print(select(2, pcall(error, "msg", 0)))                --> msg
print(select(2, pcall(function() local x; return x.y end)))  --> errors.lua:4: attempt to index a nil value (local 'x')
print(select(2, pcall(function() return undefinedglobal.f end))) --> errors.lua:5: attempt to index a nil value (global 'undefinedglobal')
print(select(2, pcall(function() local t = {} return t.a.b end))) --> errors.lua:6: attempt to index a nil value (field 'a')
print(select(2, pcall(function() local s = "x" return s:nomethod() end))) --> errors.lua:7: attempt to call a nil value (method 'nomethod')
print(select(2, pcall(function() return 1 < nil end)))  --> errors.lua:8: attempt to compare number with nil
print(select(2, pcall(function() local t = {} return "a" .. t end))) --> errors.lua:9: attempt to concatenate a table value (local 't')
print(select(2, pcall(function() return 1 // 0 end)))  --> errors.lua:10: attempt to divide by zero
print(xpcall(function() error("x") end, function(m) return "handled: " .. m end)) --> false	handled: errors.lua:11: x
print(select(2, xpcall(error, function(m) error(m) end))) --> error in error handling
