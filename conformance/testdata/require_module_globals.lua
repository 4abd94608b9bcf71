-- a module sees the globals and may set package.loaded itself
package.path = "./modules/?.lua"
local m = require("mod_sets_loaded")
print(m, package.loaded.mod_sets_loaded, SEEN_BY_MODULE)
print(require("mod_sets_loaded"))
