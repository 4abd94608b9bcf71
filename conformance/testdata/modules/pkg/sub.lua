-- submodule used by require_path.lua
return {name = "pkg.sub:" .. select(1, ...)}
