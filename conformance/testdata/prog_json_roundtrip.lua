-- A JSON decoder and encoder with error positions, run over nested documents
local json = {}

local escapes = {['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t"}

local function encodeString(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function isArray(t)
  local n = 0
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 then return false end
    n = math.max(n, k)
  end
  return n == #t
end

function json.encode(v, indent, depth)
  depth = depth or 0
  local t = type(v)
  if t == "nil" then return "null"
  elseif t == "boolean" then return tostring(v)
  elseif t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v), 2) end
    if math.type(v) == "integer" then return tostring(v) end
    return string.format("%.14g", v)
  elseif t == "string" then return encodeString(v)
  elseif t == "table" then
    local parts = {}
    if isArray(v) then
      for i = 1, #v do parts[i] = json.encode(v[i], indent, depth + 1) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    for i, k in ipairs(keys) do
      parts[i] = encodeString(k) .. ":" .. json.encode(v[k], indent, depth + 1)
    end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  error("cannot encode a " .. t, 2)
end

local Parser = {}
Parser.__index = Parser

function Parser:fail(msg)
  local line, col = 1, 1
  for i = 1, self.pos - 1 do
    if self.s:sub(i, i) == "\n" then line, col = line + 1, 1 else col = col + 1 end
  end
  error(string.format("json:%d:%d: %s", line, col, msg), 0)
end

function Parser:skip()
  self.pos = self.s:find("[^ \t\r\n]", self.pos) or #self.s + 1
end

function Parser:peek() self:skip() return self.s:sub(self.pos, self.pos) end

function Parser:value()
  local c = self:peek()
  if c == "{" then return self:object()
  elseif c == "[" then return self:array()
  elseif c == '"' then return self:string()
  elseif c:match("[%-%d]") then return self:number()
  end
  for word, val in pairs({["true"] = true, ["false"] = false, ["null"] = json.null}) do
    if self.s:sub(self.pos, self.pos + #word - 1) == word then
      self.pos = self.pos + #word
      return val
    end
  end
  self:fail(c == "" and "unexpected end" or "unexpected '" .. c .. "'")
end

function Parser:number()
  local num = self.s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", self.pos)
  self.pos = self.pos + #num
  return math.tointeger(tonumber(num)) or tonumber(num) or self:fail("bad number " .. num)
end

function Parser:string()
  local out, i = {}, self.pos + 1
  while true do
    local c = self.s:sub(i, i)
    if c == "" then self.pos = i self:fail("unfinished string") end
    if c == '"' then break end
    if c == "\\" then
      local e = self.s:sub(i + 1, i + 1)
      local map = {b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/"}
      if e == "u" then
        out[#out + 1] = utf8.char(tonumber(self.s:sub(i + 2, i + 5), 16))
        i = i + 6
      elseif map[e] then
        out[#out + 1] = map[e]
        i = i + 2
      else
        self.pos = i self:fail("bad escape")
      end
    else
      out[#out + 1] = c
      i = i + 1
    end
  end
  self.pos = i + 1
  return table.concat(out)
end

function Parser:list(close, item)
  self.pos = self.pos + 1
  if self:peek() == close then self.pos = self.pos + 1 return end
  repeat
    item()
    local c = self:peek()
    self.pos = self.pos + 1
    if c ~= "," and c ~= close then self.pos = self.pos - 1 self:fail("expected ',' or '" .. close .. "'") end
  until c == close
end

function Parser:array()
  local t = {}
  self:list("]", function() t[#t + 1] = self:value() end)
  return t
end

function Parser:object()
  local t = {}
  self:list("}", function()
    if self:peek() ~= '"' then self:fail("expected key") end
    local k = self:string()
    if self:peek() ~= ":" then self:fail("expected ':'") end
    self.pos = self.pos + 1
    t[k] = self:value()
  end)
  return t
end

json.null = setmetatable({}, {__tostring = function() return "null" end})

function json.decode(s)
  local p = setmetatable({s = s, pos = 1}, Parser)
  local v = p:value()
  if p:peek() ~= "" then p:fail("trailing garbage") end
  return v
end

local docs = {
  '{"a": [1, 2.5, -3e2, {"b": null}], "c": "x\\ny\\u0041", "d": true, "e": {}}',
  '[[], [[]], [1, [2, [3, [4]]]], "\\"quoted\\""]',
  '{"nums": [0, -0, 1e-7, 123456789012, 3.14159265358979]}',
  '  "just a string"  ',
  '{"a" 1}', '[1, 2', '{"k": tru}', '"abc', '[1,]x', '{"a":1} 2', '\n\n  [1, @]',
}
for _, d in ipairs(docs) do
  local ok, v = pcall(json.decode, d)
  if ok then
    local again = json.encode(v)
    print(again, json.encode(json.decode(again)) == again)
  else
    print("error", v)
  end
end
print(pcall(json.encode, {1, 2, 0/0}))
print(pcall(json.encode, {f = print}))
local big = {}
for i = 1, 200 do big[i] = {id = i, name = "item" .. i, tags = {i % 3 == 0 and "fizz" or "none"}} end
local s = json.encode(big)
print(#s, s:sub(1, 60), json.decode(s)[200].name)
