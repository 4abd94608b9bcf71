-- Scalars keep their exact value and subtype: nil and booleans, integers and floats
-- bit for bit (3 and 3.0, -0.0, infinities, NaNs with their sign and payload, the
-- extreme integers, subnormals), strings of any bytes, as values and as keys.

local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end

local values = {
  true, false, "hole",
  0, 3, 3.0, -0.0, 0.0, 1 / 0, -1 / 0, 0 / 0, -(0 / 0),
  (string.unpack("<d", "\1\0\0\0\0\0\248\127")),
  math.mininteger, math.maxinteger, math.mininteger + 0.0, math.maxinteger + 0.0,
  2 ^ 53, 2 ^ 63, 0.1, 1e308, 5e-324, 2.2250738585072014e-308, -1, -1.5,
  "", "\0", "a\0b", table.concat(bytes), "\xff\xfe invalid utf-8 \xc0",
  ("long "):rep(20000), "3", "3.0",
}
values[3] = nil
values.n = 33
local keyed = {
  [1] = "one", [2.5] = "two and a half", [math.mininteger] = "min",
  [math.maxinteger] = "max", [-0.0] = "zero", [1 / 0] = "inf", ["\0"] = "nul key",
  [true] = "true key", [false] = "false key", [3.0] = "three",
}
return {values = values, keyed = keyed}
---- persist ----
local root = ...

-- describe shows a value's type, subtype and bits.
local function describe(v)
  local t = math.type(v)
  if t == "float" then
    local bits = ("%02x"):rep(8):format(string.pack("<d", v):byte(1, -1))
    return "float " .. string.format("%q", v) .. " bits " .. bits
  elseif t == "integer" then
    return "integer " .. string.format("%d", v)
  elseif type(v) == "string" then
    local sum = 0
    for i = 1, #v do sum = (sum * 31 + v:byte(i)) % 1000000007 end
    return string.format("string #%d sum %d head %q", #v, sum, v:sub(1, 24))
  end
  return type(v) .. " " .. tostring(v)
end

for i = 1, root.values.n + 1 do
  print(i, describe(root.values[i]))
end
for k, v in pairs(root.keyed) do
  print(describe(k), v)
end
print("zero key is integer", math.type(next({[-0.0] = 1})), root.keyed[0], root.keyed[3])
