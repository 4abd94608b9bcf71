-- closures and coroutines sharing state through upvalues
local function make()
  local total = 0
  local adder = function(n) total = total + n return total end
  local reporter = coroutine.wrap(function() while true do coroutine.yield(total) end end)
  return adder, reporter
end
local add, report = make()
add(5) add(7)
print(report())
add(-2)
print(report())
local add2, report2 = make()
print(report2(), add2(1), report())
