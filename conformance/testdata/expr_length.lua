-- the length operator on strings and sequences
print(#"", #"abc", #"\0\0", #"héllo")
print(#{}, #{1, 2, 3}, #{n = 1}, #{1, 2, nil}, #{nil, nil, 3})
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[#t + 1] = "x"
print(#t)
t[#t] = nil
print(#t)
print(pcall(function() return #5 end))
print(pcall(function() local n return #n end))
print(pcall(function() return #print end))
