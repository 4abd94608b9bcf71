-- calling an undefined global at top level
print("start")
undefined_function(1, 2)
