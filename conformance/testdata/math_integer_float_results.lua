-- which math functions return integers
local function t(name, ...) local r = math[name](...) print(name, r, math.type(r)) end
t("abs", -3) t("abs", -3.0) t("ceil", 3.2) t("floor", -3.2) t("fmod", 7, 2) t("fmod", 7.0, 2)
t("max", 1, 2) t("min", 1.0, 2) t("sqrt", 9) t("tointeger", 9.0) t("exp", 0) t("log", 1)
