-- %u is gone in 5.4; %p shows only whether a value has an address
local f = string.format
print(pcall(f, "%u", 1))
print(f("%p", 1), f("%p", true), f("%p", nil), f("%p", 1.5))
print(f("%p", {}) ~= f("%p", {}), f("%p", print) == f("%p", print))
local t = {}
print(f("%p", t) == f("%p", t), f("%10p", 1))
print(f("%p", "interned") == f("%p", "interned"))
