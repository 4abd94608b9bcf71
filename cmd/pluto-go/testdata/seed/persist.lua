-- import pluto, print out the version number
-- and set non-human binary serialization scheme.
require('pluto')
print('pluto version '..pluto.version())
pluto.human(false)
-- perms are items to be substituted at serialization
perms = { [coroutine.yield] = 1 }
-- the functions that we want to execute as a coroutine
function foo()
local someMessage = 'And hello from a long dead variable!'
local i = 4
bar(someMessage)
print(i)
end
function bar(msg)
print('entered bar')
-- bar runs to here then yields
coroutine.yield()
print(msg)
end
-- create and start the coroutine
co = coroutine.create(foo)
coroutine.resume(co)
-- the coroutine has now stopped at yield. so we can
-- persist its state with pluto
buf = pluto.persist(perms, co)
-- save the serialized state to a file
outfile = io.open(persistCRPath, 'wb')
outfile:write(buf)
outfile:close()
