-- dofile propagates errors and returns all results
print(dofile("modules/multi_return.lua"))
print(pcall(dofile, "modules/runtime_error_chunk.lua"))
print(pcall(dofile, "modules"))
