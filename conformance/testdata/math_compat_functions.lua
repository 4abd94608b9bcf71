-- the 5.3 compatibility functions present in the reference build
print(math.pow(2, 10), math.log10(1000), math.ldexp(1, 4), math.frexp(8))
print(math.cosh(0), math.sinh(0), math.tanh(0), math.atan2 ~= nil)
print(string.format("%.6f %.6f", math.cosh(1), math.sinh(1)))
print(math.frexp(0), math.frexp(-3), math.ldexp(0.5, -1))
