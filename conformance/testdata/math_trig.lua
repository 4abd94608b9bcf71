-- trigonometric functions
print(math.sin(0), math.cos(0), math.tan(0))
print(string.format("%.10f %.10f %.10f", math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4)))
print(math.asin(1), math.acos(1), math.atan(1))
print(math.atan(1, 1), math.atan(1, -1), math.atan(-1, -1), math.atan(0, -1), math.atan(-0.0, -1))
print(math.atan(1, 0), math.atan(0, 0), math.asin(2) ~= math.asin(2))
print(string.format("%.14g", math.sin(1e10)))
