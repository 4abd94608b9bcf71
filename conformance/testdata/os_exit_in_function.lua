-- os.exit inside nested calls stops at once with status 0
local function deep(n) if n == 0 then print("exiting") os.exit(0) end deep(n - 1) print("not reached") end
deep(10)
