-- which line an error is attributed to in multi-line expressions
local t = {}
print(pcall(function()
  local x = t.a
    .b
end))
print(pcall(function()
  return 1 +
    nil
end))
print(pcall(function()
  local s = "a" ..
    "b" ..
    {}
end))
print(pcall(function()
  undefined_fn(
    1,
    2
  )
end))
print(pcall(function()
  local v = t
  [1]
  [2]
end))
