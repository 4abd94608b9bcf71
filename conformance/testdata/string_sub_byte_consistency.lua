-- sub and byte agree on clamping for every index pair
local s = "abcde"
local mismatches = 0
for i = -7, 7 do
  for j = -7, 7 do
    local sub = s:sub(i, j)
    local bytes = {s:byte(i, j)}
    if #sub ~= #bytes then mismatches = mismatches + 1 end
  end
end
print(mismatches)
print(s:sub(-7, 2), s:sub(3, -7), s:sub(0, 0), s:sub(6, 6) == "")
