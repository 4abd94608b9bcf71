-- character classes and their complements
local s = "aZ 09_.\t\n!~"
for _, c in ipairs({"%a", "%d", "%l", "%s", "%u", "%w", "%x", "%p", "%c", "%g", "%A", "%D", "%S", "%W", "%P"}) do
  local out = s:gsub(c, "#")
  io.write(c, "=", (out:gsub("[\t\n]", {["\t"] = "\\t", ["\n"] = "\\n"})), " ")
end
print()
print(("café"):gsub("%a", "."))
print(("x\0y"):find("%z"), ("x\0y"):find("\0", 1, true))
