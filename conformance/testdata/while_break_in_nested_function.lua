-- break is only valid in the loop's own function
print(load("while true do local f = function() break end end", "=b"))
print(load("for i = 1, 2 do if i then break end end return 'ok'", "=b")())
print(load("do break end", "=b"))
