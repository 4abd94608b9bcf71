-- each loop iteration has a fresh local
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
fs = {}
for _, v in ipairs({"a", "b"}) do fs[#fs + 1] = function() return v end end
print(fs[1](), fs[2]())
fs = {}
local j = 0
while j < 3 do j = j + 1 local k = j fs[#fs + 1] = function() k = k + 10 return k end end
print(fs[1](), fs[1](), fs[2](), fs[3]())
fs = {}
local shared = 0
for i = 1, 3 do fs[i] = function() shared = shared + i return shared end end
print(fs[1](), fs[2](), fs[3]())
