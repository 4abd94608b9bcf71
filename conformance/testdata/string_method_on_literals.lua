-- methods on string literals and results of concatenation
print(("abc"):upper(), ("x"):rep(3), ("%d-%d"):format(1, 2))
print(("a" .. "b"):len(), (("x"):rep(2) .. "y"):upper())
print(#("hello"):sub(2), ("hello"):byte(-1), ("  x  "):match("^%s*(.-)%s*$"))
local s = "chain"
print(s:upper():lower():rep(2, "-"):len())
