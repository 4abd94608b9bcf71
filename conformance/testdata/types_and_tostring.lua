-- type() and tostring() for each basic type
print(type(nil), type(true), type(1), type("s"), type({}), type(print), type(coroutine.create(print)))
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring(-1.5), tostring("s"))
print(type(io.stdout), type(type))
print(pcall(type))
print(tostring(print):match("^builtin") or tostring(print):match("^function"))
print(tostring({}):match("^table: ") ~= nil, tostring(coroutine.create(print)):match("^thread: ") ~= nil)
print(print == print, "a" .. "b" == "ab", {} == {}, 1 == 1.0, "1" == 1)
