-- package.loaded is part of a whole-state snapshot: after loading, require returns
-- the module already loaded (its body does not run again) with its private state.

package.path = "testdata/persist/modules/?.lua"
local counter = require("counter")
print(counter.next(), counter.next())
package.loaded.custom = {"set by hand"}
return counter
---- persist ----
local counter = ...
print("same module", require("counter") == counter, package.loaded.counter == counter)
print(counter.next(), require("counter").next(), package.loaded.custom[1])
print(package.loaded.string == string, package.loaded._G == _G, require("math") == math)
