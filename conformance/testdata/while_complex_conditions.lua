-- loop conditions with and/or and function calls
local i, j = 0, 10
while i < 5 and j > 5 do i = i + 1 j = j - 1 end
print(i, j)
local items = {1, 2, 3, nil, 5}
local k = 1
while items[k] ~= nil or k == 4 do if items[k] == nil then break end k = k + 1 end
print(k)
local function more(n) return n < 3 end
local n = 0
while more(n) do n = n + 1 end
print(n)
local x = 0
repeat x = x + 1 until x >= 3 and x % 2 == 0
print(x)
