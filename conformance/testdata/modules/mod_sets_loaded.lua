-- module that stores its own value in package.loaded, used by require_module_globals.lua
SEEN_BY_MODULE = "global set by module"
package.loaded[...] = "stored by module"
return nil
