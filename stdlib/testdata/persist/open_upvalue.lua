-- An upvalue still open in a suspended coroutine's frame, also captured by a closure
-- reachable from elsewhere in the root, stays one variable after loading, whatever
-- order the root lists the coroutine and the closure in: writes through either side
-- are seen by the other.

-- pair returns a suspended coroutine whose local x a closure also captured.
local function pair(tag)
  local access
  local co = coroutine.create(function()
    local x = tag .. " start"
    access = function(v) if v then x = v end return x end
    while true do
      local v = coroutine.yield(x)
      if v then x = v end
      if x == "stop" then return "done " .. tag end
    end
  end)
  coroutine.resume(co)
  return co, access
end

local co1, f1 = pair("co first")
local co2, f2 = pair("closure first")
local co3, f3 = pair("closure deep")
local co4, f4 = pair("coroutine deep")
local co5, f5 = pair("only through another coroutine")
local holder = coroutine.create(function(f) coroutine.yield(); return f("via holder") end)
coroutine.resume(holder, f5)
return {
  {co1, f1},
  {f2, co2},
  {co3, {{{f3}}}},
  {f4, {{{co4}}}},
  {co5, holder},
}
---- persist ----
local r = ...
local cases = {
  {"co first", r[1][1], r[1][2]},
  {"closure first", r[2][2], r[2][1]},
  {"closure deep", r[3][1], r[3][2][1][1][1]},
  {"coroutine deep", r[4][2][1][1][1], r[4][1]},
}
for _, c in ipairs(cases) do
  local name, co, f = c[1], c[2], c[3]
  print(name, "closure reads", f())
  print(name, "coroutine yields", coroutine.resume(co, "set by resume"))
  print(name, "closure reads", f())
  f("set by closure")
  print(name, "coroutine yields", coroutine.resume(co))
end
print("holder", coroutine.resume(r[5][2]))
print("co5 sees", coroutine.resume(r[5][1]))
return r
---- persist ----
local r = ...
-- After a second crossing the coroutines finish and close their upvalues.
local cases = {
  {r[1][1], r[1][2]}, {r[2][2], r[2][1]}, {r[3][1], r[3][2][1][1][1]},
  {r[4][2][1][1][1], r[4][1]},
}
for i, c in ipairs(cases) do
  local co, f = c[1], c[2]
  print(i, f(), coroutine.resume(co, "stop"))
  print(i, coroutine.status(co), f(), f("closed " .. i), f())
end
