-- recursive-descent expression evaluator
local function evaluate(src)
  local pos = 1
  local function skip() pos = src:find("%S", pos) or #src + 1 end
  local expr
  local function atom()
    skip()
    local num = src:match("^%d+%.?%d*", pos)
    if num then pos = pos + #num return tonumber(num) end
    if src:sub(pos, pos) == "(" then pos = pos + 1 local v = expr() skip() pos = pos + 1 return v end
    if src:sub(pos, pos) == "-" then pos = pos + 1 return -atom() end
    error("unexpected '" .. src:sub(pos, pos) .. "' at " .. pos, 0)
  end
  local function term()
    local v = atom()
    while true do
      skip()
      local op = src:sub(pos, pos)
      if op == "*" then pos = pos + 1 v = v * atom() elseif op == "/" then pos = pos + 1 v = v / atom() else return v end
    end
  end
  function expr()
    local v = term()
    while true do
      skip()
      local op = src:sub(pos, pos)
      if op == "+" then pos = pos + 1 v = v + term() elseif op == "-" then pos = pos + 1 v = v - term() else return v end
    end
  end
  return expr()
end
for _, e in ipairs({"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * 2", "2 * (3 + (4 - 1)) / 3", "1.5 + 1.5"}) do
  print(e, "=", evaluate(e))
end
print(pcall(evaluate, "1 + ?"))
