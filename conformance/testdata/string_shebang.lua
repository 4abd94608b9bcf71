#!/usr/bin/env lua
-- the first line of a script is skipped when it starts with #
print("shebang skipped")
print(load("#!x\nreturn 1"))
