-- A chain of 1,000,000 nested tables, each holding the next: neither persisting nor
-- loading may depend on the Go stack for depth.

local depth = 1000000
local head = {depth = 0}
local node = head
for i = 1, depth do
  local child = {depth = i}
  node.child = node
  node.next = child
  node = child
end
node.last = true
return head
---- persist ----
local node, n = ..., 0
while node.next do
  assert(node.child == node)
  node, n = node.next, n + 1
end
print("depth", n, node.depth, node.last)
