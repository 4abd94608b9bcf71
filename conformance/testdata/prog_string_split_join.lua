-- splitting and joining strings several ways
local function split(s, sep)
  local out, from = {}, 1
  while true do
    local i, j = s:find(sep, from, true)
    if not i then out[#out + 1] = s:sub(from) return out end
    out[#out + 1] = s:sub(from, i - 1)
    from = j + 1
  end
end
local parts = split("a,b,,c,", ",")
print(#parts, table.concat(parts, "|"))
print(table.concat(split("one::two::three", "::"), " "))
print(#split("", ","), #split("no separators", ","))
local words = {}
for w in ("  leading and trailing  "):gmatch("%S+") do words[#words + 1] = w end
print(table.concat(words, "_"))
