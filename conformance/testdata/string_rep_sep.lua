-- rep with and without separators
print(("ab"):rep(3), ("ab"):rep(3, "-"), ("ab"):rep(1, "-"), ("ab"):rep(0, "-"))
print(("x"):rep(-1), (""):rep(5), (""):rep(3, ","), ("a"):rep(2, ""))
print(#("abc"):rep(1000), #("a"):rep(10, "bc"))
print(string.rep(5, 2), string.rep("z", 2.0))
