-- error() with a string at top level
local function check(v)
  if not v then error("check failed") end
end
check(true)
check(false)
