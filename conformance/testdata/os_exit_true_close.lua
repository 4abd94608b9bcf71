-- os.exit(true, true) closes the state, running pending __close
local t <close> = setmetatable({}, {__close = function() print("closed on exit") end})
print("exiting")
os.exit(true, true)
