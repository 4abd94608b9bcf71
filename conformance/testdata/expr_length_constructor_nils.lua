-- # of a table built by a constructor counts the constructor's values, trailing nils
-- from a call or ... included, as lua5.4's array part does.
local function two() return nil, 1 end
local function none() end
print(#{1, nil, 3}, #{nil, nil, 3}, #{1, nil, 3, nil}, #{nil, 2})
print(#{'s1', two()}, #{two()}, #{n = 1, two()}, #{1, two()}, #{none()})

local function count(...) return #{...} end
print(count(1, nil, 3), count(nil, nil, 3), count(1, nil), count(nil, 2), count())

-- the common idiom: walk the arguments by #{...}
local function join(...)
  local args, out = {...}, {}
  for i = 1, #args do out[i] = tostring(args[i]) end
  return table.concat(out, ",")
end
print(join("a", nil, "c"), join(nil, "b"), join(1, 2, 3))

-- a constructor with more values than fit one SETLIST batch
local big = {table.unpack({}, 1, 120)}
print(#big, select("#", table.unpack(big)))
local mixed = {1, 2, 3, table.unpack({nil, nil, 6}, 1, 3)}
print(#mixed, mixed[6])
