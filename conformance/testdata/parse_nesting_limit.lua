-- nesting at the edge of the C-call limit: this file nests 196 blocks around an
-- assignment, as deep as lua.c allows a script; a load from a script, a pcall or a
-- coroutine allows less
do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do do x = 1 end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end end
local function maxdepth(prefix, open, mid, close)
  local n = 50
  while load(prefix .. string.rep(open, n + 1) .. mid .. string.rep(close, n + 1)) do
    n = n + 1
  end
  return n
end
print(maxdepth("", "do ", "", " end"), maxdepth("x = ", "{", "", "}"),
  maxdepth("x = ", "(", "1", ")"), maxdepth("x = ", "- ", "1", ""), maxdepth("x = 1", " .. 1", "", ""))
print(coroutine.wrap(function() return maxdepth("", "do ", "", " end") end)())
print(pcall(function() return maxdepth("", "do ", "", " end") end))
print(select(2, load(string.rep("do ", 300) .. string.rep(" end", 300))))
