-- which strings convert to numbers in arithmetic
local cases = {"10", " 10 ", "10 x", "0x1A", "1e3", "1E-2", ".5", "5.", "inf", "nan", "", " ", "0x", "1_000", "+5", "- 5", "--5", "0b101", "\t7\n"}
for _, s in ipairs(cases) do
  local ok, r = pcall(function() return s + 0 end)
  io.write(string.format("%q", s), "=", ok and tostring(r) or "error", " ")
end
print()
