-- malformed number messages
for _, src in ipairs({"3..4", "0xg", "1e", "1e+", "2.3.4", "09a", "0x1p", "1__2", "5ee3"}) do
  print(select(2, load("return " .. src, "=n")))
end
