-- os library: dates in UTC, os.time's normalisation, files and errors
print(os.date("!%Y-%m-%d %H:%M:%S", 1700000000)) --> 2023-11-14 22:13:20
print(os.date("!%c|%x|%X|%p|%j|%a %b", 0)) --> Thu Jan  1 00:00:00 1970|01/01/70|00:00:00|AM|001|Thu Jan
local d = os.date("!*t", 1700000000)
print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst) --> 2023	11	14	22	13	20	3	318	false
print(pcall(os.date, "%Ez", 0)) --> false	bad argument #1 to 'os.date' (invalid conversion specifier '%Ez')
print(pcall(os.date, "!%Y", 1.5)) --> false	bad argument #2 to 'os.date' (number has no integer representation)
print(os.difftime(10, 4), math.type(os.difftime(1, 1)), pcall(os.difftime, 1)) --> 6.0	float	false	bad argument #2 to 'os.difftime' (number expected, got no value)
print(math.type(os.time()), math.type(os.clock())) --> integer	float
print(pcall(os.time, {year = 2000, day = 1})) --> false	field 'month' missing in date table
print(pcall(os.time, {year = 2000, month = "x", day = 1})) --> false	field 'month' is not an integer
print(pcall(os.time, {year = 2^40, month = 1, day = 1})) --> false	field 'year' is out-of-bound
print(os.getenv("PLUTO_GO_SURELY_UNSET"), pcall(os.getenv)) --> nil	false	bad argument #1 to 'os.getenv' (string expected, got no value)
print(os.setlocale(), os.setlocale("C", "numeric"), os.setlocale("xx_YY")) --> C	C	nil
print(pcall(os.setlocale, "C", "colour")) --> false	bad argument #2 to 'os.setlocale' (invalid option 'colour')
local name = os.tmpname()
print(type(name), os.remove(name)) --> string	true
local ok, msg, code = os.remove(name)
print(ok, msg == name .. ": No such file or directory", code) --> nil	true	2
print(os.rename(name, name .. ".x")) --> nil	No such file or directory	2
print(os.execute(), os.execute("exit 3")) --> true	nil	exit	3
print(os.execute("true")) --> true	exit	0

