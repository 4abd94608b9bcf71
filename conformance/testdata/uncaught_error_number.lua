-- error() with a number value
local function f() error(42) end
f()
