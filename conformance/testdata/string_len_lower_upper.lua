-- len, lower and upper
print(("").len(""), ("abc"):len(), ("\0\0"):len(), string.len(123))
print(("MiXeD 123 äÖ"):lower(), ("MiXeD 123"):upper())
print(string.upper("\0abc\0"):len(), string.lower(12.5))
print(pcall(string.len))
print(pcall(string.upper, nil))
