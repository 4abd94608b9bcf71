-- lexer errors for bad escapes
local cases = {
  [["\q"]], [["\x4"]], [["\xZZ"]], [["\256"]], [["\u{110000000}"]],
  [["\u{}"]], [["\u48"]], [["\u{48"]], [["abc]], [['abc
']], [["\999"]], [["\u{80000000}"]],
}
for _, src in ipairs(cases) do print(select(2, load("return " .. src, "=s"))) end
