-- package.config and the fields of package
local lines = {}
for l in package.config:gmatch("[^\n]+") do lines[#lines + 1] = l end
print(#lines, table.concat(lines, " "))
print(type(package.path), type(package.cpath), type(package.searchers), #package.searchers)
print(type(package.preload), type(package.loaded), type(package.searchpath), type(package.loadlib))
print(package.loaded.package == package, package.loaded.coroutine == coroutine)
