-- instructions emitted after reading a token the tree keeps no node for take that
-- token's line: 'then', 'do', ')', ']', a name after '.' or ':', '=' in a
-- constructor, '...' in a parameter list
local a

local b, c
if a
then
  b = 1
elseif b
then
  b = 2
end
for i = 1, 2
do
end
for k in pairs(a)
do
end
while a
do
end
local t = {}
t
  :m(
    a
  )
print((a
))
local x = t[a
]
local y = t.
  z
x = t[#t + 1
] == y
t = {[a]
  = 1, [{}]
  = 2}
local function f(p,
  ...)
  return ...
end
function t.
  u.v()
end
local u = { x
  .y() }
