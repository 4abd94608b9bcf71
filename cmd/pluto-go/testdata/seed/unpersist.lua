-- import pluto, print out the version number
-- and set non-human binary serialization scheme.
require('pluto')
print('pluto version '..pluto.version())
pluto.human(false)
-- perms are items to be substituted at serialization
-- (reverse the key/value pair that you used to serialize)
perms = { [1] = coroutine.yield }
-- get the serialized coroutine from disk
infile, err = io.open(persistCRPath, 'rb')
if infile == nil then
error('While opening: ' .. (err or'no error'))
end
buf, err = infile:read('*a')
if buf == nil then
error('While reading: ' .. (err or'no error'))
end
infile:close()
-- deserialize it
co = pluto.unpersist(perms, buf)
-- and run it
coroutine.resume(co)
