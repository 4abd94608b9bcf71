-- colon calls pass the receiver as self
local obj = {name = "obj"}
function obj:greet(greeting) return greeting .. ", " .. self.name end
function obj.static(x) return "static " .. tostring(x) end
print(obj:greet("hi"), obj.greet(obj, "hey"), obj.static(1))
local s = "hello"
print(s:upper(), s:sub(2, 3), ("%d"):format(5), #s:rep(3))
local chain = {v = 0}
function chain:add(n) self.v = self.v + n return self end
print(chain:add(1):add(2):add(3).v)
print(pcall(function() return obj:missing() end))
print(pcall(function() local n = 5 return n:foo() end))
