-- reading numbers and mixed formats from standard input
print(io.read("n", "n", "n"))
print(io.read("l"))
print(io.read("n"))
print(io.read("L"))
print(io.read(5), io.read("n"))
print(io.read("a"))
print(io.read("n"), io.read("l"), io.read(1), io.read("a"))
