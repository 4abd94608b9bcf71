-- String utilities, a tokenizer and a tiny template engine.
local M = {}

function M.split(s, sep, plain)
  local out, start = {}, 1
  if sep == "" then
    for c in s:gmatch(".") do out[#out + 1] = c end
    return out
  end
  while true do
    local i, j = s:find(sep, start, plain)
    if not i then
      out[#out + 1] = s:sub(start)
      return out
    end
    out[#out + 1] = s:sub(start, i - 1)
    start = j + 1
  end
end

function M.trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

function M.wrap(text, width)
  local lines, line = {}, ""
  for word in text:gmatch("%S+") do
    if #line + #word + 1 > width and #line > 0 then
      lines[#lines + 1] = line
      line = word
    else
      line = #line > 0 and line .. " " .. word or word
    end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return table.concat(lines, "\n")
end

local keywords = {}
for _, k in ipairs { "and", "break", "do", "else", "elseif", "end", "false", "for",
  "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return",
  "then", "true", "until", "while" } do
  keywords[k] = true
end

function M.tokens(src)
  local i, n = 1, #src
  return function()
    while i <= n do
      local c = src:sub(i, i)
      if c:match("%s") then
        i = i + 1
      elseif src:sub(i, i + 1) == "--" then
        local _, e = src:find("\n", i, true)
        i = (e or n) + 1
      else
        break
      end
    end
    if i > n then return nil end
    local s, e = src:find("^[%a_][%w_]*", i)
    if s then
      local word = src:sub(s, e)
      i = e + 1
      return keywords[word] and "keyword" or "name", word
    end
    s, e = src:find("^%d+%.?%d*", i)
    if s then
      i = e + 1
      return "number", tonumber(src:sub(s, e))
    end
    s, e = src:find("^(['\"]).-%1", i)
    if s then
      i = e + 1
      return "string", src:sub(s + 1, e - 1)
    end
    for _, op in ipairs { "...", "..", "==", "~=", "<=", ">=", "//", "::", "<<", ">>" } do
      if src:sub(i, i + #op - 1) == op then
        i = i + #op
        return "op", op
      end
    end
    i = i + 1
    return "op", src:sub(i - 1, i - 1)
  end
end

function M.render(template, env)
  return (template:gsub("{{%s*([%w_.]+)%s*}}", function(path)
    local v = env
    for key in path:gmatch("[^.]+") do
      if type(v) ~= "table" then return "" end
      v = v[key]
    end
    return v == nil and "" or tostring(v)
  end))
end

local counts = setmetatable({}, { __index = function() return 0 end })
for kind, value in M.tokens([[
  local x = 10 -- comment
  if x >= 10 then print("big", x // 3) end
]]) do
  counts[kind] = counts[kind] + 1
  _ = value
end
print(counts.keyword, counts.name, counts.number, counts.string, counts.op)
print(M.render("Hello {{ user.name }}, you are {{user.age}}!", { user = { name = "Ada", age = 36 } }))
print(M.wrap("the quick brown fox jumps over the lazy dog", 10))
print(#M.split("a,b,,c", ",", true), M.trim("  padded  "))

local s = 0
for i = 1, 100 do
  s = s + (i % 3 == 0 and i or 0) - (i & 1) + (i << 1 >> 1) ~ 0
end
print(s, 0x7fffffff, 1e10, .5, 3.25e-2, 0xA.8p1, "\65\x42\u{43}", [==[
long ]] string]==])
goto done
::done::
return M
