-- compile errors for goto and labels
local cases = {
  "goto nowhere",
  "do ::a:: end goto a",
  "::a:: ::a::",
  "goto f; local x; ::f:: print(x)",
  "for i=1,2 do end goto continue",
  "local function f() goto out end ::out::",
  "do ::l:: end ::l::",
  "repeat goto x local y until y ::x::",
  "::a:: do ::a:: end",
}
for _, src in ipairs(cases) do
  print(select(2, load(src, "=src")))
end
print(load("goto f; local x; ::f::", "=ok") ~= nil)
