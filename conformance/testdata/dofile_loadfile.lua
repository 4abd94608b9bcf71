-- loadfile and dofile with scripts in the modules folder
local f, err = loadfile("modules/simple_chunk.lua")
print(type(f), err)
print(f("argument"))
print(dofile("modules/simple_chunk.lua"))
print(loadfile("modules/does_not_exist.lua"))
print(pcall(dofile, "modules/does_not_exist.lua"))
local env = {tostring = tostring}
local g = loadfile("modules/env_chunk.lua", "t", env)
print(g(), env.result)
print(loadfile("modules/syntax_error_chunk.lua"))
print(pcall(dofile, "modules/syntax_error_chunk.lua"))
