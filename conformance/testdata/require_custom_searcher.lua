-- a custom searcher added to package.searchers
table.insert(package.searchers, 2, function(name)
  if name:match("^virtual%.") then
    return function(modname, extra) return {modname = modname, extra = extra} end, "searcher-data"
  end
  return "\n\tno virtual module '" .. name .. "'"
end)
package.path = "./modules/?.lua"
package.cpath = ""
local m = require("virtual.thing")
print(m.modname, m.extra)
local ok, err = pcall(require, "not.virtual")
print(ok)
print(err)
