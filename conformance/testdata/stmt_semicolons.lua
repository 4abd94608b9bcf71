-- empty statements and semicolons
;;; local a = 1; ; local b = 2;
print(a + b);
local function f() ; return 1; end
print(f());
do ; ; end
for i = 1, 1 do ; end;
print(load(";;return 5;")())
print(select("#", load("return;")()))
print(load("return 1;;"))
