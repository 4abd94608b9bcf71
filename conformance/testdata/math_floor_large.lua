-- floor/ceil of floats outside the integer range stay floats
print(math.floor(2^62), math.floor(2^63), math.floor(-2^63), math.floor(-2^64))
print(math.ceil(2^63 - 1024), math.ceil(1e300), math.type(math.floor(1e300)))
print(math.floor(-0.5), math.ceil(0.5), math.floor(0.999999999999), math.ceil(-0.9999))
print(math.floor(3), math.ceil(-3), math.type(math.floor(3)))
