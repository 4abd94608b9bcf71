-- table constructors: sizes, record and list fields, SETLIST batches, open last item
local a, b = ...
local t0 = {}
local t1 = {1, 2, 3}
local t2 = {x = 1, y = 2, [3] = 4, ["s"] = 5}
local t3 = {1, x = 2, 3, [a] = b, 4}
local t4 = {...}
local t5 = {1, 2, f()}
local t6 = {f(), 1}
local t7 = {(f())}
local t8 = {a = {b = {c = {}}}, {{}, {}}}
local t9 = {[1.5] = 1, [true] = 2, [a + 1] = 3}
local t10 = {
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
  21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
  x = 1, ...
}
local t11 = {a, b, a, b, a, b; a, b, a; b}
local t12 = {x = 1, y = 2, z = 3, w = 4, v = 5}
return t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12
