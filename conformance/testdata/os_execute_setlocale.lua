-- os.execute results and setlocale queries
print(os.execute())
print(os.execute("exit 0"))
print(os.execute("exit 7"))
print(os.setlocale())
print(os.setlocale("C"))
print(os.setlocale(nil, "numeric"))
print(os.setlocale("no_such_locale_xyz"))
print(pcall(os.setlocale, "C", "bogus"))
