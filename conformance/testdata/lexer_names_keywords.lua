-- names, keywords and reserved words
local _ = 1
local _x1, X_, __ = 2, 3, 4
print(_, _x1, X_, __)
local t = {["end"] = 1, ["and"] = 2, goto_ = 3}
print(t["end"], t["and"], t.goto_)
for _, kw in ipairs({"and", "break", "do", "else", "elseif", "end", "false", "for",
  "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return",
  "then", "true", "until", "while"}) do
  io.write(kw, ":", tostring(load("local " .. kw .. " = 1", "=k") ~= nil), " ")
end
print()
print(load("local a.b = 1", "=k"))
print(load("x = 1 1", "=k"))
print(load("local ação = 1", "=k"))
