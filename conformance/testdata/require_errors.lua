-- require failures: not found, errors in modules, bad arguments
package.path = "./modules/?.lua"
package.cpath = ""
local ok, e = pcall(require, "missing_module")
print(ok)
print(e)
print(pcall(require, "mod_error"))
print(pcall(require))
print(pcall(require, {}))
print(package.loaded.mod_error)
package.preload.bad = function() error("preload failed") end
print(pcall(require, "bad"))
