-- a tiny ASCII Mandelbrot set
for y = -1.0, 1.0, 0.25 do
  local row = {}
  for x = -2.0, 0.5, 0.125 do
    local zr, zi, i = 0.0, 0.0, 0
    while i < 50 and zr * zr + zi * zi < 4 do zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y i = i + 1 end
    row[#row + 1] = i == 50 and "#" or (i > 5 and "+" or ".")
  end
  print(table.concat(row))
end
