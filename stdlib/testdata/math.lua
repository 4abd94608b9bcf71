-- math library: integer and float results, errors, and the seeded generator
print(math.abs(math.mininteger), math.abs(-2.5), math.type(math.abs("-3"))) --> -9223372036854775808	2.5	float
print(math.floor(3.7), math.ceil(-3.7), math.floor(-0.0), math.floor(1e100), math.ceil(2^63)) --> 3	-3	0	1e+100	9.2233720368548e+18
print(math.fmod(-7, 3), math.fmod(7, -3.0), math.fmod(math.mininteger, -1)) --> -1	1.0	0
print(pcall(math.fmod, 1, 0)) --> false	bad argument #2 to 'math.fmod' (zero)
print(math.modf(-3.5), math.modf(math.huge)) --> -3	inf	0.0
print(math.max(1, 2.0, -3), math.min(1.0, 1), pcall(math.max)) --> 2.0	1.0	false	bad argument #1 to 'math.max' (value expected)
print(pcall(math.min, 1, "2")) --> false	attempt to compare string with number
print(math.tointeger(3.0), math.tointeger("8"), math.tointeger(3.5), math.tointeger({})) --> 3	8	nil	nil
print(math.type(1), math.type(1.0), math.type("1"), pcall(math.type)) --> integer	float	nil	false	bad argument #1 to 'math.type' (value expected)
print(math.ult(-1, 1), math.ult(1, -1), pcall(math.ult, 1.5, 1)) --> false	true	false	bad argument #1 to 'math.ult' (number has no integer representation)
print(math.log(8, 2), math.log(1000, 10), math.log(1e15, 10), math.log(1)) --> 3.0	3.0	15.0	0.0
print(math.exp(0), math.sqrt(16), math.atan(1, -1), math.atan(-0.0, -1)) --> 1.0	4.0	2.3561944901923	-3.1415926535898
print(math.pi, math.huge, math.maxinteger + 1 == math.mininteger) --> 3.1415926535898	inf	true
print(math.pow(2, 10), math.ldexp(1, 2^32 + 3), math.frexp(12), math.log10(1e-5)) --> 1024.0	8.0	0.75	-5.0
print(math.deg(math.pi), math.rad(180), math.cosh(0), math.atan2(1, 1) == math.atan(1, 1)) --> 180.0	3.1415926535898	1.0	true
math.randomseed(42)
print(math.random(100), math.random(100), math.random(-10, 10), math.random()) --> 50	76	-4	0.71097689661551
print(math.random(0), math.random(math.mininteger, math.maxinteger)) --> 5064682594356155544	-5653030306211387134
print(math.randomseed(7, 9)) --> 7	9
print(math.random(3, 3), pcall(math.random, 2, 1)) --> 3	false	bad argument #1 to 'math.random' (interval is empty)
print(pcall(math.random, 1, 2, 3)) --> false	wrong number of arguments
print(pcall(math.random, 1.5)) --> false	bad argument #1 to 'math.random' (number has no integer representation)
math.randomseed(42)
print(math.random(100)) --> 50
local a, b = math.randomseed()
print(math.type(a), math.type(b)) --> integer	integer

