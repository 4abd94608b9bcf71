-- %f frontier patterns
print(("THE (quick) fox"):gsub("%f[%a]%a+", "W"))
print(("the cat concat catalog"):gsub("%f[%w]cat%f[%W]", "DOG"))
print(("aaa bbb"):find("%f[b]"), ("abc"):find("%f[%l]"), ("abc"):find("%f[%z]"))
print(("hello"):match("%f[%a](%a+)%f[%A]"))
print(pcall(string.find, "a", "%f"))
print(pcall(string.find, "a", "%fa"))
