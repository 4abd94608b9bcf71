-- a small JSON encoder with sorted keys
local function encode(v, out)
  local t = type(v)
  if t == "table" then
    if #v > 0 or next(v) == nil then
      out[#out + 1] = "["
      for i, x in ipairs(v) do if i > 1 then out[#out + 1] = "," end encode(x, out) end
      out[#out + 1] = "]"
    else
      local keys = {}
      for k in pairs(v) do keys[#keys + 1] = tostring(k) end
      table.sort(keys)
      out[#out + 1] = "{"
      for i, k in ipairs(keys) do
        if i > 1 then out[#out + 1] = "," end
        out[#out + 1] = string.format("%q:", k)
        encode(v[k], out)
      end
      out[#out + 1] = "}"
    end
  elseif t == "string" then out[#out + 1] = '"' .. v:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
  elseif t == "number" then out[#out + 1] = math.type(v) == "integer" and tostring(v) or string.format("%.17g", v)
  else out[#out + 1] = tostring(v) end
  return out
end
local doc = {name = "pluto", tags = {"lua", "go"}, version = 5.4, nested = {a = {b = {c = true}}}, empty = {}, quote = 'say "hi"\n'}
print(table.concat(encode(doc, {})))
