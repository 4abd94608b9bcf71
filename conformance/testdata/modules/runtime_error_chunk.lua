-- chunk failing at run time, used by base_dofile_errors.lua
local t = nil
return t[1]
