-- utf8.len counts characters or reports the first bad byte
print(utf8.len("hello"), utf8.len("häll€"), utf8.len(""), utf8.len("€", 1))
print(utf8.len("häll€", 3), utf8.len("häll€", -3), utf8.len("abc", 4))
print(utf8.len("ab\xffcd"), utf8.len("\xe2\x82"), utf8.len("\xc0\x80"))
print(utf8.len("häll€", 2, 2), utf8.len("häll€", 1, -1))
print(pcall(utf8.len, "abc", 5))
print(pcall(utf8.len, "abc", 0))
print(utf8.len("\u{D800}"), utf8.len("\u{D800}", 1, -1, true))
