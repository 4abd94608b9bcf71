local function loop() print("ready") while true do end end
local function run() loop() end
run()
