-- lookup across several parent classes with an __index function
local function createClass(...)
  local parents = {...}
  local c = {}
  setmetatable(c, {__index = function(_, k)
    for _, p in ipairs(parents) do local v = p[k] if v ~= nil then return v end end
  end})
  c.__index = c
  function c:new(o) return setmetatable(o or {}, c) end
  return c
end
local Named = {getname = function(self) return self.name end, setname = function(self, n) self.name = n end}
local Account = {balance = 0, deposit = function(self, v) self.balance = self.balance + v end}
local NamedAccount = createClass(Account, Named)
local acc = NamedAccount:new({name = "Paul"})
print(acc:getname())
acc:deposit(100)
acc:setname("Ringo")
print(acc:getname(), acc.balance, Account.balance)
