-- unfinished strings and long strings
print(load("x = 'abc", "=s"))
print(load('x = "abc\ny"', "=s"))
print(load("x = [[abc", "=s"))
print(load("x = [==[abc]=]", "=s"))
print(load("--[[ comment", "=s"))
print(load("x = 'a\\", "=s"))
print(load("x = '\\z", "=s"))
print(load("x = \"\\300\"", "=s"))
