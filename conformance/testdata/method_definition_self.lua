-- methods defined with : get an implicit self parameter
local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({balance = b}, Account) end
function Account:deposit(v) self.balance = self.balance + v return self end
function Account:get() return self.balance end
local acc = Account.new(100)
acc:deposit(50):deposit(25)
print(acc:get(), Account.get(acc), acc.get(acc))
print(debug.getlocal(Account.deposit, 1), debug.getlocal(Account.deposit, 2))
print(pcall(Account.get))
print(pcall(function() return acc.deposit(10) end))
