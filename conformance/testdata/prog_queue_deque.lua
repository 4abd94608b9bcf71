-- a double-ended queue with head and tail indexes
local Deque = {}
Deque.__index = Deque
function Deque.new() return setmetatable({head = 0, tail = -1}, Deque) end
function Deque:pushleft(v) self.head = self.head - 1 self[self.head] = v end
function Deque:pushright(v) self.tail = self.tail + 1 self[self.tail] = v end
function Deque:popleft() if self.head > self.tail then return nil end local v = self[self.head] self[self.head] = nil self.head = self.head + 1 return v end
function Deque:popright() if self.head > self.tail then return nil end local v = self[self.tail] self[self.tail] = nil self.tail = self.tail - 1 return v end
local d = Deque.new()
for i = 1, 5 do d:pushright(i) d:pushleft(-i) end
local out = {}
while true do local v = d:popleft() if not v then break end out[#out + 1] = v end
print(table.concat(out, " "))
print(d:popright(), d.head, d.tail)
