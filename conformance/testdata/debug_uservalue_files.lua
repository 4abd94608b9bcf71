-- files have no user values: setting one fails, getting one gives only nil
print(debug.setuservalue(io.stdin, 10))
print(debug.getuservalue(io.stdin, 10))
print(debug.getuservalue(io.stdin))
print(debug.getuservalue(io.stdin, 0))
print(debug.getuservalue(1, 1))
print(pcall(debug.setuservalue, io.stdin, 10, 1))
print(pcall(debug.setuservalue, {}, 10, 1))
print(pcall(debug.getuservalue))
