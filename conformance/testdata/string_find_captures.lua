-- find returns captures after the positions
print(("key=value"):find("(%w+)=(%w+)"))
print(("2024-01-15"):find("(%d+)-(%d+)-(%d+)"))
print(("abc"):find("()b()"))
print(("hello world"):find("o (w)"))
print(("xyz"):find("(q)?"))
print(("  trim  "):find("^%s*(.-)%s*$"))
