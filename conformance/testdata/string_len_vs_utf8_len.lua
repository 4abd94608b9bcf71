-- byte length versus character count
local samples = {"", "abc", "héllo", "日本語", "😀😀", "a\0b"}
for _, s in ipairs(samples) do
  io.write(#s, "/", tostring(utf8.len(s)), " ")
end
print()
print(("日本語"):sub(1, 3), ("日本語"):sub(4), #("日本語"):reverse())
