-- A coroutine suspended inside the iterator of a generic for (a Lua function, a
-- table with __call, a coroutine.wrap generator) or inside the loop body continues
-- the loop where it stopped, with the loop's hidden state intact.

local function range(n)
  return function(_, i)
    if i >= n then return nil end
    coroutine.yield("iterator at " .. i)
    return i + 1, (i + 1) * (i + 1)
  end, nil, 0
end

local callable = setmetatable({limit = 3}, {__call = function(self, _, i)
  i = i + 1
  if i > self.limit then return nil end
  return i, coroutine.yield("callable at " .. i)
end})

local function gen(words)
  return coroutine.wrap(function()
    for w in words:gmatch("%a+") do coroutine.yield(w) end
  end)
end

local co = coroutine.create(function()
  local out = {}
  for i, sq in range(3) do out[#out + 1] = i .. "^2=" .. sq end
  for i, v in callable, nil, 0 do out[#out + 1] = "c" .. i .. "=" .. tostring(v) end
  for w in gen("alpha beta gamma") do
    out[#out + 1] = w
    coroutine.yield("body after " .. w)
  end
  for i, v in ipairs({"x", "y"}) do out[#out + 1] = coroutine.yield("ipairs " .. i .. v) end
  for i = 10, 1, -4 do out[#out + 1] = coroutine.yield("numeric " .. i) end
  return table.concat(out, " ")
end)
print(coroutine.resume(co))
return {co = co, n = 0}
---- persist ----
local r = ...
for _ = 1, 4 do
  r.n = r.n + 1
  print(coroutine.resume(r.co, "r" .. r.n))
end
return r
---- persist ----
local r = ...
for _ = 1, 4 do
  r.n = r.n + 1
  print(coroutine.resume(r.co, "r" .. r.n))
end
return r
---- persist ----
local r = ...
for _ = 1, 4 do
  r.n = r.n + 1
  print(coroutine.resume(r.co, "r" .. r.n))
end
return r
---- persist ----
local r = ...
for _ = 1, 4 do
  r.n = r.n + 1
  print(coroutine.resume(r.co, "r" .. r.n))
end
return r
