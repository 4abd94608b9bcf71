-- errors for non-numeric for loop control values
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
print(pcall(function() for i = 1, "10" do io.write(i) end end))
print(pcall(function() for i = "1", 2 do end end))
print(pcall(function() local x for i = x, 2 do end end))
print(pcall(function() for i = 1.5, "x" do end end))
