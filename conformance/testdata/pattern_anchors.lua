-- ^ and $ anchors and literal ^/$ elsewhere
print(("hello"):find("^h"), ("hello"):find("^e"), ("hello"):find("o$"), ("hello"):find("l$"))
print(("a^b"):find("a^b"), ("a$b"):find("a$b"), ("$x"):find("$x"))
print(("abc"):match("^(.-)$"), (""):match("^$"), ("x"):match("^$"))
print(("line"):gsub("$", "!"), ("^^"):gsub("^^", "c"))
