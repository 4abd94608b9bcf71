-- comparisons, 'not', 'and'/'or' and the values of conditions
local a, b, s = ...
local r
r = a == b
r = a ~= b
r = a < b
r = a <= b
r = a > b
r = a >= b
r = a == 1
r = 1 == a
r = a == 1.0
r = a == 1.5
r = a == "x"
r = "x" ~= a
r = a == nil
r = a == true
r = a < 10
r = 10 < a
r = a <= 10.0
r = a > 127
r = a >= -127
r = a > 200
r = a < 1.5
r = 1 > a
r = a == 1000
r = not a
r = not not a
r = not (a == b)
r = not nil, not 1, not "s", not true
r = a and b
r = a or b
r = a and b or s
r = (a or b) and s
r = a and 1 or 2
r = a == b and s
r = a or nil
r = a and (b or s)
r = not (a and b)
r = (a < b) == (b < a)
if a then r = 1 end
if not a then r = 2 end
if a and b then r = 3 end
if a or b then r = 4 end
if a == b or s then r = 5 elseif a < 3 then r = 6 else r = 7 end
if nil then r = 8 end
if true then r = 9 end
if a.x then r = 10 end
while a and not b do a = b end
local t = {a == b, a and b, not a}
return a < b, a and b
