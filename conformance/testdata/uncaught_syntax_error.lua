-- a script whose own source does not compile
print("this is never run")
local x = = 1
