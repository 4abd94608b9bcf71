-- os.exit with a status ends the script at once
io.write("buffered output is flushed\n")
local t <close> = setmetatable({}, {__close = function() print("not closed without close=true") end})
os.exit(3)
