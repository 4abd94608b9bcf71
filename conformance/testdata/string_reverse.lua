-- reverse
print(("abc"):reverse(), (""):reverse(), ("a"):reverse(), ("a\0b"):reverse() == "b\0a")
print(string.reverse(12345), ("racecar"):reverse() == "racecar")
print(pcall(string.reverse))
