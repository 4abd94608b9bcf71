-- a label at the end of a block is visible past local declarations
do
  goto finish
  local a = 1
  ::finish::
end
print("jumped over local at block end")
local function f(n)
  if n > 0 then goto positive end
  do return "non-positive" end
  ::positive::
  return "positive"
end
print(f(1), f(0))
for i = 1, 2 do
  goto c
  local unused = i
  ::c::
end
print(load("do goto l end ::l:: return 'outer label'")())
print(load("local x ::l:: x = (x or 0) + 1 if x < 3 then goto l end return x")())
