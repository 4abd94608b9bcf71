-- require searches package.path with the testdata folder as cwd
package.path = "./modules/?.lua;./modules/?/init.lua"
local m, where = require("mod_a")
print(m.name, where)
print(m.hello("world"))
print(require("mod_a") == m)
local pkg = require("pkg")
print(pkg.name, pkg.sub.name)
print(package.loaded["pkg.sub"] == pkg.sub)
local dotted = require("pkg.sub")
print(dotted.name)
print(package.searchpath("mod_a", package.path))
print(package.searchpath("nope", "./modules/?.lua;./x/?.lua"))
print(package.searchpath("a.b.c", "?.lua", ".", "/"))
