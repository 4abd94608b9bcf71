-- tonumber with bases: case, signs, overflow wraps
print(tonumber("-10", 2), tonumber("+10", 2), tonumber("Zz", 36), tonumber("zZ", 36))
print(tonumber("7fffffffffffffff", 16), tonumber("8000000000000000", 16), tonumber("ffffffffffffffffff", 16))
print(tonumber("1.0", 10), tonumber("1e2", 10), tonumber("0x10", 16), tonumber("10", 10.0))
print(tonumber("9", 8), tonumber("-", 10), tonumber("", 2))
print(pcall(tonumber, "10", 2.5))
print(pcall(tonumber, "10", "16"))
print(pcall(tonumber, {}, 10))
