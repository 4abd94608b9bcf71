-- error() with a table value that has no __tostring
print("raising a table")
error({code = 1})
