-- A small JSON encoder and decoder.
local json = {}

local escapes = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}

local function escape_char(c)
  return escapes[c] or string.format("\\u%04x", c:byte())
end

local function is_array(t)
  local n = 0
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 then return false end
    n = math.max(n, k)
  end
  return n == #t
end

local encode

local function encode_table(t, stack)
  if stack[t] then error("circular reference") end
  stack[t] = true
  local parts = {}
  if is_array(t) then
    for i = 1, #t do parts[#parts + 1] = encode(t[i], stack) end
    stack[t] = nil
    return "[" .. table.concat(parts, ",") .. "]"
  end
  for k, v in pairs(t) do
    if type(k) ~= "string" then error("invalid key type: " .. type(k)) end
    parts[#parts + 1] = encode(k, stack) .. ":" .. encode(v, stack)
  end
  stack[t] = nil
  return "{" .. table.concat(parts, ",") .. "}"
end

encode = function(v, stack)
  local ty = type(v)
  if ty == "nil" then
    return "null"
  elseif ty == "boolean" then
    return tostring(v)
  elseif ty == "number" then
    if v ~= v or v == math.huge or v == -math.huge then
      error("unexpected number value '" .. tostring(v) .. "'")
    end
    return math.type(v) == "integer" and tostring(v) or string.format("%.14g", v)
  elseif ty == "string" then
    return '"' .. v:gsub('[%c"\\]', escape_char) .. '"'
  elseif ty == "table" then
    return encode_table(v, stack or {})
  end
  error("unexpected type '" .. ty .. "'")
end

function json.encode(v) return encode(v) end

local function skip_ws(s, i)
  return s:find("[^ \t\r\n]", i) or #s + 1
end

local decode_value

local function decode_error(s, i, msg)
  local line, col = 1, 1
  for j = 1, i - 1 do
    col = col + 1
    if s:sub(j, j) == "\n" then line, col = line + 1, 1 end
  end
  error(string.format("%s at line %d col %d", msg, line, col), 0)
end

local function decode_string(s, i)
  local buf, j = {}, i + 1
  while true do
    local c = s:sub(j, j)
    if c == "" then decode_error(s, i, "unterminated string") end
    if c == '"' then break end
    if c == "\\" then
      local e = s:sub(j + 1, j + 1)
      local map = { b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }
      if e == "u" then
        local hex = s:sub(j + 2, j + 5)
        buf[#buf + 1] = utf8.char(tonumber(hex, 16))
        j = j + 6
      else
        buf[#buf + 1] = map[e] or e
        j = j + 2
      end
    else
      buf[#buf + 1] = c
      j = j + 1
    end
  end
  return table.concat(buf), j + 1
end

local function decode_number(s, i)
  local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", i)
  local n = tonumber(num)
  if not n then decode_error(s, i, "invalid number '" .. tostring(num) .. "'") end
  return n, i + #num
end

local function decode_array(s, i)
  local res, n = {}, 0
  i = skip_ws(s, i + 1)
  if s:sub(i, i) == "]" then return res, i + 1 end
  repeat
    local v
    v, i = decode_value(s, i)
    n = n + 1
    res[n] = v
    i = skip_ws(s, i)
    local c = s:sub(i, i)
    i = i + 1
    if c ~= "," and c ~= "]" then decode_error(s, i, "expected ']' or ','") end
  until c == "]"
  return res, i
end

local function decode_object(s, i)
  local res = {}
  i = skip_ws(s, i + 1)
  if s:sub(i, i) == "}" then return res, i + 1 end
  while true do
    local k, v
    if s:sub(i, i) ~= '"' then decode_error(s, i, "expected string for key") end
    k, i = decode_string(s, i)
    i = skip_ws(s, i)
    if s:sub(i, i) ~= ":" then decode_error(s, i, "expected ':' after key") end
    v, i = decode_value(s, skip_ws(s, i + 1))
    res[k] = v
    i = skip_ws(s, i)
    local c = s:sub(i, i)
    i = skip_ws(s, i + 1)
    if c == "}" then break end
    if c ~= "," then decode_error(s, i, "expected '}' or ','") end
  end
  return res, i
end

local literals = { ["true"] = true, ["false"] = false, ["null"] = nil }

decode_value = function(s, i)
  local c = s:sub(i, i)
  if c == "{" then return decode_object(s, i)
  elseif c == "[" then return decode_array(s, i)
  elseif c == '"' then return decode_string(s, i)
  elseif c:match("[-%d]") then return decode_number(s, i)
  end
  for word, value in pairs({ ["true"] = true, ["false"] = false, null = literals.null }) do
    if s:sub(i, i + #word - 1) == word then return value, i + #word end
  end
  decode_error(s, i, "unexpected character '" .. c .. "'")
end

function json.decode(s)
  local v, i = decode_value(s, skip_ws(s, 1))
  i = skip_ws(s, i)
  if i <= #s then decode_error(s, i, "trailing garbage") end
  return v
end

return json
