-- long strings and their level markers
local a = [[
first newline skipped]]
print(a)
print([==[contains ]] and ]=] inside]==])
print([[no escapes \n \t here]])
print(#[[
]], #[[

x]])
local crlf = load("return [[\r\nline]]")()
print(#crlf, crlf)
local b = [=[
a
b]=]
print(b, #b)
print([[]] == "", [==[]==] == "")
print(load("return [==[ unclosed ]=]", "=l"))
print(load("return [=x[ bad ]=]", "=l"))
