-- getenv returns strings or nil
print(type(os.getenv("HOME")))
print(os.getenv("PLUTO_GO_SURELY_UNSET_VARIABLE"))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))
