-- Programs split by ---- lines. A program that must fail ends its failing
-- line with -- ERROR "regexp"; the message (without the position) must
-- match the regexp and the error must be on that line. The others must parse.
local x <const> = 1
local t = { a = 1, [2] = 2; 3, f(), ... }
print(#t, -2 ^ 2, 2 ^ -3, not t == nil, 1 // 2 % 3 .. "s")
----
x = = 1 -- ERROR "^unexpected symbol near '='$"
----
local a = {
  1,
  2
  three -- ERROR "^'}' expected \(to close '{' at line 1\) near 'three'$"
}
----
function f(a, b)
  return a + b
 -- ERROR "^'end' expected \(to close 'function' at line 1\) near <eof>$"
----
for i 1, 2 do end -- ERROR "^'=' or 'in' expected near '1'$"
----
local function g()
  return ... -- ERROR "^cannot use '...' outside a vararg function near '...'$"
end
----
local function g(...)
  return function() return select('#', ...) end -- ERROR "outside a vararg function"
end
----
::top::
do
  ::top:: -- Lua reports it at the next token
end -- ERROR "^label 'top' already defined on line 1$"
----
do ::again:: end
::again::
goto again
----
local x <close>, y <close> = 1, 2 -- ERROR "^multiple to-be-closed variables in local list$"
----
local z <static> = 1 -- ERROR "^unknown attribute 'static'$"
----
x = 3x -- ERROR "^malformed number near '3x'$"
----
x = 0x1p4 + 0xA.8 + 1e-3 + .5 + 9223372036854775808 + 0xffffffffffffffff
----
s = "tab\there \65\x41\u{41} \z
     continued"
----
s = "bad \q escape" -- ERROR "^invalid escape sequence near '\"bad \\q'$"
----
s = "\300" -- ERROR "^decimal escape too large near '\"\\300\"'$"
----
s = [==[
a long string with ]] and ]=] inside
]==]
--[[ a long
comment ]] x = 1
----
f(1)(2):m"s"{3}.x = 1
----
a.b:c = 1 -- ERROR "^function arguments expected near '='$"
----
(f) = 1 -- ERROR "^syntax error near '='$"
----
f() -- a call statement
x -- ERROR "^syntax error near <eof>$"
----
return 1 -- fine
----
return 1
x = 2 -- ERROR "^<eof> expected near 'x'$"
----
if a then
elseif b then
else
end
while a do break end
repeat local q = 1 until q
for k, v in pairs(t) do goto continue ::continue:: end
