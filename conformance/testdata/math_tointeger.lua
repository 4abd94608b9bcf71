-- tointeger converts only exact integral values
print(math.tointeger(5), math.tointeger(5.0), math.tointeger(5.5), math.tointeger("5"))
print(math.tointeger(-0.0), math.tointeger(2^63), math.tointeger(-2^63), math.tointeger(math.huge))
print(math.tointeger({}), math.tointeger(nil), pcall(math.tointeger))
