-- A coroutine suspended inside the body of a module being required, from a file and
-- from package.preload: after loading, require finishes, records the module in
-- package.loaded and returns it. The whole state crosses (the state API), so that
-- package.loaded is the same table for the coroutine and for the host.

package.path = "testdata/persist/modules/?.lua"
package.preload.pre = function(name, extra)
  local v = coroutine.yield("preload body " .. name .. " " .. tostring(extra))
  return {v = v}
end
local co = coroutine.create(function()
  local m, where = require("yielder")
  print("required", m.name, m.file, m.first, m.second, where)
  print("cached", require("yielder") == m, package.loaded.yielder == m)
  local p, extra = require("pre")
  print("preloaded", p.v, extra, package.loaded.pre == p)
  return "modules done"
end)
print(coroutine.resume(co))
return co
---- persist ----
local co = ...
print("loaded before", package.loaded.yielder)
print(coroutine.resume(co, "first value"))
return co
---- persist ----
local co = ...
print(coroutine.resume(co, "second value"))
print("loaded now", package.loaded.yielder.second, package.loaded.pre)
return co
---- persist ----
local co = ...
print(coroutine.resume(co, "preload value"))
print("loaded at last", package.loaded.pre.v, require("pre") == package.loaded.pre)
