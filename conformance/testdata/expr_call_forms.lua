-- calls with string and table literal arguments
local function id(...) return ... end
print(id"str", id[[long]], id{1}[1], type(id{}))
print(#id"abc", (id"x"):rep(3))
local function f(t) return t.a or t[1] end
print(f{a = "A"}, f{"first"})
local s = string.format
print(s"%%d items" : gsub("%%d", "no"))
local o = {m = function(self, t) return t[1] end}
print(o:m{"method-table"}, o:m"x" == nil)
