-- require with package.preload and package.loaded
package.preload["virtual"] = function(name, extra)
  print("loading", name, extra)
  return {value = 42}
end
local m = require("virtual")
print(m.value, package.loaded.virtual == m)
print(require("virtual") == m)
package.preload["returns_nothing"] = function() end
print(require("returns_nothing"), package.loaded.returns_nothing)
package.preload["returns_false"] = function() return false end
print(require("returns_false"), package.loaded.returns_false)
package.loaded["manual"] = "manual value"
print(require("manual"))
print(require("string") == string, package.loaded._G == _G)
package.preload["twice"] = function() return 1, 2 end
print(require("twice"))
