-- %a and %A produce hexadecimal floats
local f = string.format
print(f("%a|%A", 1, 1))
print(f("%a|%a|%a|%a", 0.5, -2, 0.1, 1e300))
print(f("%a|%a", 0, -0.0))
print(f("%.3a|%.0a|%10.2a|%-12.1a|", math.pi, 1.5, 1, 2))
print(f("%a|%A", math.huge, -math.huge))
print(f("%a", 2^-1074), f("%a", 2^-1022))
print(tonumber(f("%a", 123.456)) == 123.456)
