-- combinations of flags that C printf accepts
local f = string.format
print(f("%-+5d|%+-5d|%- 5d|%0-5d|", 1, 1, 1, 1))
print(f("%#5x|%#-5x|%#05x|", 1, 1, 1))
print(f("% .2f|%+.2e|%#.3g|%-#10.1f|", 2, 2, 2, 2))
print(f("%05.1f|", 2.25), pcall(f, "%05s", "s"))
print(pcall(f, "%##d", 1))
print(pcall(f, "%--5d", 1))
