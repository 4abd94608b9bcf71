-- word frequencies with gmatch and sorting by count then word
local text = [[the quick brown fox jumps over the lazy dog the fox
and the dog sleep while the quick fox runs]]
local freq = {}
for w in text:gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local words = {}
for w, c in pairs(freq) do words[#words + 1] = {w = w, c = c} end
table.sort(words, function(a, b) if a.c ~= b.c then return a.c > b.c end return a.w < b.w end)
for i = 1, 6 do io.write(words[i].w, "=", words[i].c, " ") end
print()
