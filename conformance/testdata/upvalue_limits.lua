-- upvalue count limits of a single function
local function build(n)
  local decl, uses = {}, {}
  for i = 1, n do
    decl[#decl + 1] = string.format("local u%d = %d", i, i)
    uses[#uses + 1] = "u" .. i
  end
  local src = string.format("%s\nreturn function() return %s end",
    table.concat(decl, "\n"), table.concat(uses, " + "))
  return src
end
print(select("#", load(build(150))))
local f = load(build(150))
print(f and f()())
