-- metatables of the basic types
print(getmetatable("x") ~= nil, getmetatable("x") == getmetatable(""), getmetatable(1))
print(getmetatable(nil), getmetatable(true), getmetatable(print), getmetatable(coroutine.create(print)))
print(getmetatable({}), getmetatable(setmetatable({}, {})) ~= nil)
print(getmetatable(io.stdout).__name, getmetatable("").__name)
print(pcall(getmetatable))
