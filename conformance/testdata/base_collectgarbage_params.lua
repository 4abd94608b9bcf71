-- the pause and the step multiplier read back as Lua stores them: a quarter in a byte
print(collectgarbage("setpause", 150), collectgarbage("setpause", 100))
print(collectgarbage("setstepmul", 150), collectgarbage("setstepmul", 100))
print(collectgarbage("setpause", 1023), collectgarbage("setpause", 2000),
  collectgarbage("setpause", -5), collectgarbage("setpause", 3))
print(collectgarbage("setstepmul", 1023), collectgarbage("setstepmul", 3),
  collectgarbage("setstepmul", 5000), collectgarbage("setstepmul", 0))
-- "incremental" sets both when given, "generational" neither
print(collectgarbage("incremental", 120, 300, 10), collectgarbage("setpause", 100),
  collectgarbage("setstepmul", 100))
print(collectgarbage("generational", 10, 50), collectgarbage("incremental", 0, 0),
  collectgarbage("setpause", 100), collectgarbage("setstepmul", 100))
