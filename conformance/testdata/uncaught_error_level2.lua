-- error() with level 2 blames the caller
local function validate(n)
  if type(n) ~= "number" then error("expected a number", 2) end
  return n
end
print(validate(1))
validate("x")
