-- negative zero in float arithmetic
local nz = -0.0
print(nz, 0.0, nz == 0.0, 1 / nz, 1 / (0.0 * -1))
print(nz + 0.0, nz - 0.0, nz * 1, -(0.0), 0.0 // -1, -0.0 % 1)
print(string.format("%g %g", nz, -nz), tostring(-0.0), math.abs(-0.0))
print(math.tointeger(-0.0), -0.0 | 0, math.floor(-0.0), math.ceil(-0.5))
local t = {}
t[-0.0] = "negzero"
print(t[0], t[0.0])
