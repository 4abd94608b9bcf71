-- gsub with a function: captures as arguments, nil/false keep the match
print(("1 2 3"):gsub("%d", function(d) return d * 2 end))
print(("a b c"):gsub("%a", function(c) if c == "b" then return nil end return c:upper() end))
print(("a b"):gsub("%a", function() return false end))
print(("k1=v1 k2=v2"):gsub("(%w+)=(%w+)", function(k, v) return v .. "=" .. k end))
print(("abc"):gsub("()", function(p) return p end))
print(pcall(string.gsub, "abc", "a", function() return {} end))
local n = 0
print(("aaaa"):gsub("a", function() n = n + 1 return n end, 2))
print(pcall(string.gsub, "x", "x", 42))
