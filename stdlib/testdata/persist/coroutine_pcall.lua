-- A coroutine suspended inside pcall or xpcall: after loading, an error raised once
-- it resumes is caught by that same pcall, and xpcall's message handler runs; nested
-- protected calls each catch their own errors, and error values keep their identity.

local errobj = {"error object"}

local co = coroutine.create(function()
  local ok, e = pcall(function()
    local v = coroutine.yield("in pcall")
    if v == "fail" then error("failed after resume: " .. v) end
    return v
  end)
  print("pcall gave", ok, e)

  ok, e = xpcall(function(a, b)
    local v = coroutine.yield("in xpcall", a + b)
    error(errobj)
  end, function(m)
    print("handler sees", m == errobj, m[1])
    return "handled " .. m[1]
  end, 1, 2)
  print("xpcall gave", ok, e)

  ok, e = pcall(function()
    local ok2, e2 = pcall(function()
      coroutine.yield("inner pcall")
      local x = nil
      return x.field
    end)
    print("inner", ok2, e2)
    coroutine.yield("outer pcall")
    error("outer error", 0)
  end)
  print("outer", ok, e)

  ok, e = xpcall(function()
    coroutine.yield("handler with traceback")
    error("deep")
  end, debug.traceback)
  print("traceback", ok, (e:gsub("\n.*", "")), select(2, e:gsub("\n", "")) > 0)
  return "finished"
end)
print(coroutine.resume(co))
return co
---- persist ----
local co = ...
print(coroutine.resume(co, "fail"))
return co
---- persist ----
local co = ...
print(coroutine.resume(co))
return co
---- persist ----
local co = ...
print(coroutine.resume(co))
print(coroutine.resume(co))
return co
---- persist ----
local co = ...
print(coroutine.resume(co))
print(coroutine.status(co))
