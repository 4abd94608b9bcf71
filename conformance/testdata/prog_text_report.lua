-- Text processing: a CSV parser with quoted fields, a report with aligned
-- columns, word wrapping, a template expander and number formatting
local csv = [[
name,dept,salary,start
"Smith, Anna",Engineering,98000.5,2019-03-01
Bob Jones,Sales,55000,2020-11-15
"Lee ""The Hammer"" Kim",Engineering,120000,2015-07-30
Zoë Ålund,Support,48250.75,2021-01-04
Carl,Sales,61000,2018-06-12
]]

local function parseLine(line)
  local fields, pos = {}, 1
  while pos <= #line + 1 do
    if line:sub(pos, pos) == '"' then
      local buf, i = {}, pos + 1
      while true do
        local q = line:find('"', i, true)
        buf[#buf + 1] = line:sub(i, q - 1)
        if line:sub(q + 1, q + 1) == '"' then buf[#buf + 1] = '"' i = q + 2
        else pos = q + 2 break end
      end
      fields[#fields + 1] = table.concat(buf)
    else
      local e = line:find(",", pos, true) or #line + 1
      fields[#fields + 1] = line:sub(pos, e - 1)
      pos = e + 1
    end
  end
  return fields
end

local rows, header = {}, nil
for line in csv:gmatch("[^\n]+") do
  local f = parseLine(line)
  if not header then header = f else
    local r = {}
    for i, h in ipairs(header) do r[h] = f[i] end
    r.salary = tonumber(r.salary)
    rows[#rows + 1] = r
  end
end

table.sort(rows, function(a, b)
  if a.dept ~= b.dept then return a.dept < b.dept end
  return a.salary > b.salary
end)

local function pad(s, w, right)
  local n = utf8.len(s)
  if right then return string.rep(" ", w - n) .. s end
  return s .. string.rep(" ", w - n)
end

local function commas(n)
  local int, frac = string.format("%.2f", n):match("^(%d+)(%.%d+)$")
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return int .. frac
end

local widths = {name = 0, dept = 0}
for _, r in ipairs(rows) do
  widths.name = math.max(widths.name, utf8.len(r.name))
  widths.dept = math.max(widths.dept, utf8.len(r.dept))
end
local totals, order = {}, {}
for _, r in ipairs(rows) do
  local y, m, d = r.start:match("(%d+)-(%d+)-(%d+)")
  local days = os.time{year = 2024, month = 1, day = 1} - os.time{year = tonumber(y), month = tonumber(m), day = tonumber(d)}
  print(pad(r.name, widths.name) .. " | " .. pad(r.dept, widths.dept) .. " | " ..
    pad(commas(r.salary), 12, true) .. " | " .. string.format("%5d days", days // 86400))
  if not totals[r.dept] then totals[r.dept] = 0 order[#order + 1] = r.dept end
  totals[r.dept] = totals[r.dept] + r.salary
end
for _, d in ipairs(order) do print(string.format("%-12s %14s %8.3e %q", d, commas(totals[d]), totals[d], d)) end

local function wrap(text, width)
  local lines, line = {}, ""
  for word in text:gmatch("%S+") do
    if #line + #word + 1 > width and #line > 0 then lines[#lines + 1] = line line = word
    else line = #line > 0 and line .. " " .. word or word end
  end
  lines[#lines + 1] = line
  return lines
end
local text = "The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs. " ..
  "How vexingly quick daft zebras jump!"
for i, l in ipairs(wrap(text, 28)) do print(string.format("%2d: %-28s|", i, l)) end

local function expand(tpl, vars)
  return (tpl:gsub("%${(%w+)(:?)([^}]*)}", function(name, colon, fmt)
    local v = vars[name]
    if v == nil then return "${" .. name .. "?}" end
    if colon == ":" then return string.format(fmt, v) end
    return tostring(v)
  end))
end
print(expand("Hello ${who}, you owe ${amount:%.2f} (${missing}) x${n:%03d}", {who = "Ann", amount = 12.5, n = 7}))

local counts = {}
for w in text:lower():gmatch("%a+") do counts[w:sub(1, 1)] = (counts[w:sub(1, 1)] or 0) + 1 end
local letters = {}
for k, v in pairs(counts) do letters[#letters + 1] = k .. v end
table.sort(letters)
print(table.concat(letters, " "))
print(("%s|%10.4s|%-6s|"):format("abc", "truncate", "x"), ("x"):rep(3, "-"), ("hello world"):find("o w"))
print(string.format("%g %g %g %g %.3f %5.1f %-8.2e|", 1e20, 0.1, 100, 2^63, 1/3, -2.25, 12345.6789))
print(tostring(1e100), 2^-1074, 123.0, -0.0, 1e15 + 0.5, math.tointeger(3.0), 3 | 0, 7 // 0.0)
