-- math functions on infinities, NaN and zeros
local inf, nan = math.huge, 0 / 0
print(math.sqrt(inf), math.exp(-inf), math.log(inf), math.abs(-inf))
print(math.sin(inf) ~= math.sin(inf), math.cos(nan) ~= math.cos(nan), math.atan(inf), math.atan(-inf))
print(math.fmod(inf, 1) ~= math.fmod(inf, 1), math.fmod(1, inf), math.max(-0.0, 0.0), math.min(0.0, -0.0))
print(math.ult(0, 0), math.tointeger(nan), math.floor(-inf) == -inf)
