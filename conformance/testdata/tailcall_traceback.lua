-- tail calls show up as "(...tail calls...)" in tracebacks
local function inner() return debug.traceback("tb", 1) end
local function middle() return inner() end
local function outer() local r = middle() return r end
print(outer())
local function lvl() local info = debug.getinfo(1, "t") return info.istailcall end
local function calltail() return lvl() end
local function callnormal() local r = lvl() return r end
print(calltail(), callnormal())
