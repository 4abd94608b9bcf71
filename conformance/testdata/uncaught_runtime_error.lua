-- an uncaught runtime error at top level
print("before the error")
local t = nil
print(t.field)
print("never printed")
