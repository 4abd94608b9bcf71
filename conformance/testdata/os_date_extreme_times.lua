-- dates far from the epoch
print(os.date("!%Y-%m-%d %H:%M:%S", -86400 * 365 * 100))
print(os.date("!%Y-%m-%d", 253402300799))
print(os.date("!%Y-%m-%d", 2^31))
print(os.date("!%Y-%m-%d", -2^31))
local t = os.date("!*t", 4102444800)
print(t.year, t.month, t.day, t.wday, t.yday)
print(os.time({year = 1900, month = 1, day = 1, hour = 0}))
print(os.time({year = 2100, month = 12, day = 31, hour = 23, min = 59, sec = 59}))
