-- error() with a table value that has __tostring
local E = setmetatable({msg = "custom"}, {__tostring = function(e) return "E<" .. e.msg .. ">" end})
error(E)
