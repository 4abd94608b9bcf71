-- and/or evaluate lazily and return operand values
local log = {}
local function v(x) log[#log + 1] = tostring(x) return x end
print(v(1) and v(2), v(nil) and v(3), v(false) or v(4), v(5) or v(6))
print(table.concat(log, " "))
print(nil and 1, false and 1, 0 and 1, "" and "x")
print(nil or false, false or nil, nil or "d", 0 or 1)
local t = nil
print(t and t.x, (t or {}).x)
local function f() return 1, 2 end
print(f() and f(), (f() or 0))
print(1 == 1 and "yes" or "no", nil == false)
