-- zero bytes where Lua takes a C string: a chunk name, a message before a traceback, a
-- warning; and a zero byte in source, which is token 0 to Lua's lexer and names no token
print(select(2, load("x = \0")))
print(select(2, load("x = '\0")))
print(select(2, load("return 1", "name\0rest")))
print(select(2, load("x = ", "=lit\0eral")))
print((debug.traceback("a\0b"):gsub("\n.*", "")))
print(#debug.traceback("a\0b", 1) == #debug.traceback("a", 1))
print(pcall(error, "with\0zero"))
warn("@on")
warn("warned\0 not this")
error("uncaught\0 not this")
