-- The state of math.random is part of a whole-state snapshot: after loading, the
-- generator goes on with the numbers an uninterrupted run draws.

math.randomseed(42, 7)
print(math.random(1, 100), math.random(1000), math.random(), math.random(0))
return nil
---- persist ----
print(math.random(1, 100), math.random(1000), math.random(), math.random(0))
return nil
---- persist ----
for _ = 1, 3 do print(math.random(6), math.random(-10, 10), math.random()) end
math.randomseed(1)
print(math.random(1, 1000))
