-- short and long comments
--[[ a long
comment ]] print("after long comment")
--[==[ with ]] inside ]==] print("after leveled comment")
--[ not long
print("short comment with [")
---[[ this is a short comment, so the next line runs
print("runs")
--]]
print(1 --[[inline]] + 2)
print(load("--[[ unfinished", "=c"))
print(load("return 1 -- trailing comment")())
