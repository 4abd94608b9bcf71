-- library state that scripts reach through debug.getregistry(): a value of the wrong
-- kind is an error naming the library, never trusted
local reg = debug.getregistry()
local settings = reg._ERIS_SETTINGS
reg._ERIS_SETTINGS = {spkey = 1.5}
print(pcall(eris.persist, setmetatable({}, {__index = {}}))) --> false	corrupt state of 'eris.settings'
reg._ERIS_SETTINGS = settings
local meta = reg["FILE*"]
reg["FILE*"] = "str"
print(pcall(io.tmpfile)) --> false	corrupt state of 'io'
reg["FILE*"] = meta
local out = reg._IO_output
reg._IO_output = 5
print(pcall(io.write, "x")) --> false	default output file is closed
reg._IO_output = out
print(type(io.tmpfile())) --> userdata
