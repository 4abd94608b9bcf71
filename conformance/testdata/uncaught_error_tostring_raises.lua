-- an error raised by the __tostring of an uncaught error object is what the
-- interpreter reports, with a traceback from inside __tostring
local obj = setmetatable({}, {__tostring = function(o) error("bad tostring") end})
local function fail() error(obj) end
fail()
