-- a few generations of Conway's life on a small torus
local W, H = 8, 6
local grid = {}
for y = 1, H do grid[y] = {} for x = 1, W do grid[y][x] = 0 end end
grid[1][2], grid[2][3], grid[3][1], grid[3][2], grid[3][3] = 1, 1, 1, 1, 1
local function step(g)
  local n = {}
  for y = 1, H do
    n[y] = {}
    for x = 1, W do
      local c = 0
      for dy = -1, 1 do for dx = -1, 1 do
        if dx ~= 0 or dy ~= 0 then c = c + g[(y + dy - 1) % H + 1][(x + dx - 1) % W + 1] end
      end end
      n[y][x] = (c == 3 or (c == 2 and g[y][x] == 1)) and 1 or 0
    end
  end
  return n
end
for gen = 1, 4 do grid = step(grid) end
for y = 1, H do print((table.concat(grid[y]):gsub("0", "."):gsub("1", "#"))) end
