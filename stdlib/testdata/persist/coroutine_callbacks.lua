-- A coroutine suspended inside a function a builtin called: a table.sort comparator,
-- a string.gsub replacement function, a __tostring called by tostring, a __pairs
-- metamethod, a function run by pcall inside a comparator. The builtin's own state
-- (the sort's partitions, gsub's position and buffer) is part of the snapshot.

local co = coroutine.create(function()
  local t = {5, 3, 9, 1, 7, 2, 8, 6, 4, 10, 15, 12, 11, 14, 13}
  local compares = 0
  table.sort(t, function(a, b)
    compares = compares + 1
    if compares % 7 == 1 then coroutine.yield("sort compare " .. compares) end
    return a > b
  end)
  print("sorted", table.concat(t, " "))

  local s, n = string.gsub("one two three four", "(%a+)", function(w)
    local r = coroutine.yield("gsub " .. w)
    return r and (w:upper() .. "/" .. r) or nil
  end, 3)
  print("gsub", s, n)

  local obj = setmetatable({}, {__tostring = function()
    return "obj:" .. coroutine.yield("tostring")
  end})
  print("tostring", tostring(obj))

  local prox = setmetatable({}, {__pairs = function(self)
    coroutine.yield("__pairs")
    return next, {a = 1}, nil
  end})
  for k, v in pairs(prox) do print("pairs", k, v) end

  local words = {"pear", "fig", "apple"}
  table.sort(words, function(a, b)
    local ok, r = pcall(function() return #coroutine.yield("pcall in sort") < #a end)
    return ok and #a < #b
  end)
  print("words", table.concat(words, " "))
  return "callbacks done"
end)
print(coroutine.resume(co))
return {co = co, n = 0}
---- persist ----
local r = ...
for _ = 1, 5 do
  r.n = r.n + 1
  print(coroutine.resume(r.co, "r" .. r.n))
end
return r
---- persist ----
local r = ...
for _ = 1, 5 do
  r.n = r.n + 1
  print(coroutine.resume(r.co, r.n ~= 8 and "r" .. r.n or nil))
end
return r
---- persist ----
local r = ...
while coroutine.status(r.co) ~= "dead" do
  r.n = r.n + 1
  print(coroutine.resume(r.co, "r" .. r.n))
  if r.n % 5 == 0 then return r end
end
return r
---- persist ----
local r = ...
while coroutine.status(r.co) ~= "dead" do
  r.n = r.n + 1
  print(coroutine.resume(r.co, "r" .. r.n))
end
