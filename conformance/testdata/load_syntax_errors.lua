-- syntax error messages reported by load
local cases = {
  "x = = 1", "local 1 = 2", "if x then", "for i = 1 do end", "f(", "x = }",
  "return return", "local t = {1, 2", "x = 'unfinished", "x = 3 +", "a.b:c = 1",
  "local function end", "while true do", "x = 1 y", "(f)", "f() = 1", "break",
  "return 1,", "local x <const>", "function f(a,) end", "x = ...", "::a:: goto",
  "local a = {[1] 2}", "x = #", "repeat x = 1", "return 0x", "do end end",
  "local function f() return 1 print(2) end", "x = a..", "elseif", "for a, b = 1, 2 do end",
}
for _, src in ipairs(cases) do print(select(2, load(src, "=s"))) end
