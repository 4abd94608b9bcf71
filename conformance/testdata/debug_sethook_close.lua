-- closing several variables at the end of a scope is one instruction for the
-- hooks: no line event repeats while the __close calls return
local function closer(name)
  return setmetatable({}, {__close = function() end})
end
local function f()
  do
    local a <close> = closer("a")
    local b <close> = closer("b")
    local c <close> = closer("c")
  end
  for _ in next, {1}, nil, closer("for") do
  end
  local d <close> = closer("d")
  local e <close> = closer("e")
  return 1
end
local lines = {}
debug.sethook(function(e, l)
  if debug.getinfo(2, "S").short_src == "debug_sethook_close.lua" then
    lines[#lines + 1] = e:sub(1, 1) .. (l or "")
  end
end, "crl")
f()
debug.sethook()
print(table.concat(lines, " "))
local count = 0
debug.sethook(function() count = count + 1 end, "", 1)
f()
debug.sethook()
print(count)
