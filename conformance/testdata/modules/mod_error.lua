-- module that fails while loading, used by require_errors.lua
local x = nil
return x.field
