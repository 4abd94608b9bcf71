-- an error object whose __tostring gives no string is reported by its type,
-- with a traceback
print("before")
error(setmetatable({}, {__tostring = function() return 12 end}))
