-- os.time(os.date("*t", t)) gives t back (TZ=UTC)
for _, t in ipairs({0, 86399, 951782400, 1700000000, 2000000000}) do
  io.write(tostring(os.time(os.date("*t", t)) == t), " ")
end
print()
local d = os.date("*t", 1700000000)
d.day = d.day + 30
print(os.date("!%Y-%m-%d", os.time(d)))
