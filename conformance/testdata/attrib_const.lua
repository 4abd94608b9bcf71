-- <const> locals and the errors for assigning them
local x <const> = 10
local s <const> = "str"
local y <const>, z = 1, 2
print(x, s, y, z)
z = 3
print(z)
local cases = {
  "local a <const> = 1; a = 2",
  "local a <const> = 1; local function f() a = 2 end",
  "local a <const>, b <const> = 1, 2; b = 3",
  "local a <foo> = 1",
  "local a <const> = 1; for i = 1, 2 do a = i end",
  "local a <close>, b <close> = nil, nil",
  "local a < const > = 1; return a",
}
for _, src in ipairs(cases) do local f, e = load(src, "=c") print(f ~= nil, e) end
local function f() return x * 2 end
print(f())
