-- sqrt, exp and log with bases
print(math.sqrt(16), math.sqrt(2), math.sqrt(-1) ~= math.sqrt(-1), math.sqrt(math.huge))
print(math.exp(0), math.exp(1), math.log(1), math.log(math.exp(2)))
print(math.log(8, 2), math.log(100, 10), math.log(27, 3), math.log(0), math.log(-1) ~= math.log(-1))
print(math.log(1024, 2), math.log(2^60, 2), math.log(10, 10), math.log(5, 5))
print(math.type(math.sqrt(4)), math.exp(710), math.log(0.5, 2))
