// This file implements Lua's package library and the global require, as loadlib.c
// defines them for a Lua built without dynamic libraries: modules come from
// package.preload or from Lua files found along package.path; C modules found along
// package.cpath cannot be loaded, and saying so is their searchers' answer.
//
// require and the searchers find the package table in the registry under "_PACKAGE",
// where their C counterparts keep it as an upvalue, so that replacing the global
// `package` does not change where they look; being plain builtins, they persist by name
// alone instead of dragging the package table into every snapshot that reaches them.
// require runs a module's loader through a continuation, so a module's main chunk may
// yield.

package stdlib

import (
	"os"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var packageFuncs = []libFunc{
	{"loadlib", pkgLoadlib},
	{"searchpath", pkgSearchpath},
}

// pkgSearchers are the default searchers, in the order require tries them.
var pkgSearchers = []libFunc{
	{"preload", pkgSearchPreload},
	{"Lua", pkgSearchLua},
	{"C", pkgSearchC},
	{"Croot", pkgSearchCroot},
}

// The default paths of lua5.4 as Debian builds it, and the configuration string
// (directory separator, path separator, name mark, executable directory mark, ignore
// mark).
const (
	pkgDefaultPath = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;" +
		"/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;" +
		"/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;./?.lua;./?/init.lua"
	pkgDefaultCPath = "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;" +
		"/usr/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so"
	pkgConfig = "/\n;\n?\n!\n-\n"
)

// pkgNoDynamicLibraries is the message of a Lua without dynamic library support.
const pkgNoDynamicLibraries = "dynamic libraries not enabled; check your Lua installation"

func init() {
	addLibrary(library{Package, "package", openPackage})
}

// openPackage builds the package table and the global require.
func openPackage(m *vm.VM) heap.Value {
	p := heap.NewTable(0, 8)
	pv := heap.TableValue(p)
	registerFuncs(m, p, "package.", packageFuncs)

	searchers := heap.NewTable(len(pkgSearchers), 0)
	for i, s := range pkgSearchers {
		b := m.Register("package.searchers."+s.name, s.fn)
		searchers.SetInt(int64(i+1), heap.BuiltinValue(b))
	}
	p.SetStr("searchers", heap.TableValue(searchers))

	p.SetStr("path", heap.String(pkgEnvPath(m, "LUA_PATH", pkgDefaultPath)))
	p.SetStr("cpath", heap.String(pkgEnvPath(m, "LUA_CPATH", pkgDefaultCPath)))
	p.SetStr("config", heap.String(pkgConfig))
	p.SetStr("loaded", heap.TableValue(loadedTable(m)))
	p.SetStr("preload", heap.TableValue(pkgPreloadTable(m)))

	m.Registry().SetStr(pkgRegistryKey, pv)
	registerFuncs(m, m.Globals(), "", []libFunc{{"require", pkgRequire}})
	m.RegisterContinuation("require.k", pkgRequireK)
	return pv
}

// pkgRegistryKey is where the registry holds the package table.
const pkgRegistryKey = "_PACKAGE"

// pkgField returns a field of the package table (non-raw, as lua_getfield reads it).
func pkgField(m *vm.VM, name string) heap.Value {
	return m.Index(m.Registry().GetStr(pkgRegistryKey), heap.String(name))
}

// pkgPreloadTable returns package.preload, the registry's _PRELOAD table, creating it.
func pkgPreloadTable(m *vm.VM) *heap.Table {
	reg := m.Registry()
	if t := reg.GetStr("_PRELOAD"); t.IsTable() {
		return t.AsTable()
	}
	t := heap.NewTable(0, 4)
	reg.SetStr("_PRELOAD", heap.TableValue(t))
	return t
}

// pkgEnvPath returns the initial value of a path (setpath): the environment variable
// envName_5_4 or envName, with ";;" replaced by the default, or the default when
// neither is set or the registry's LUA_NOENV is true (lua -E).
func pkgEnvPath(m *vm.VM, envName, def string) string {
	path, ok := os.LookupEnv(envName + "_5_4")
	if !ok {
		path, ok = os.LookupEnv(envName)
	}
	if !ok || !m.Registry().GetStr("LUA_NOENV").IsFalsy() {
		return def
	}
	i := strings.Index(path, ";;")
	if i < 0 {
		return path
	}
	var b strings.Builder
	if i > 0 {
		b.WriteString(path[:i] + ";")
	}
	b.WriteString(def)
	if i+2 < len(path) {
		b.WriteString(";" + path[i+2:])
	}
	return b.String()
}

// pkgRequire loads a module (ll_require): package.loaded[name] if set, else the loader
// the searchers find, called with the name and the loader data.
func pkgRequire(m *vm.VM, args []heap.Value) []heap.Value {
	name := checkString(m, args, 1)
	loaded := heap.TableValue(loadedTable(m))
	if v := m.Index(loaded, heap.String(name)); !v.IsFalsy() {
		return m.Return(v)
	}
	loader, data := pkgFindLoader(m, name)
	ctx := heap.NewTable(2, 0)
	ctx.SetInt(1, heap.String(name))
	ctx.SetInt(2, data)
	k, _ := m.Continuation("require.k")
	return m.CallK(loader, []heap.Value{heap.String(name), data}, 1, k, heap.TableValue(ctx))
}

// pkgRequireK records what the loader returned in package.loaded (true when it returned
// nil and set nothing) and returns it with the loader data.
func pkgRequireK(m *vm.VM, ctx heap.Value, _ bool, res []heap.Value) []heap.Value {
	c := ctx.AsTable()
	name, data := c.GetInt(1), c.GetInt(2)
	loaded := heap.TableValue(loadedTable(m))
	if r := first(res); !r.IsNil() {
		m.SetIndex(loaded, name, r)
	}
	v := m.Index(loaded, name)
	if v.IsNil() {
		v = heap.True
		m.SetIndex(loaded, name, v)
	}
	return m.Return(v, data)
}

// pkgFindLoader asks each of package.searchers for a loader of name (findloader),
// raising the error that lists what each one tried when none has one.
func pkgFindLoader(m *vm.VM, name string) (loader, data heap.Value) {
	searchers := pkgField(m, "searchers")
	if !searchers.IsTable() {
		m.Errorf("'package.searchers' must be a table")
	}
	var msg strings.Builder
	for i := int64(1); ; i++ {
		s := searchers.AsTable().GetInt(i)
		if s.IsNil() {
			m.Errorf("module '%s' not found:%s", name, msg.String())
		}
		res := m.Call(s, heap.String(name))
		r := first(res)
		if r.IsFunction() {
			return r, arg(res, 2)
		}
		if text, ok := toStringArg(r); ok {
			msg.WriteString("\n\t" + text)
		}
	}
}

// pkgSearchPreload finds a loader in package.preload.
func pkgSearchPreload(m *vm.VM, args []heap.Value) []heap.Value {
	name := checkString(m, args, 1)
	preload := m.Registry().GetStr("_PRELOAD")
	if f := m.Index(preload, heap.String(name)); !f.IsNil() {
		return m.Return(f, heap.String(":preload:"))
	}
	return m.Return(heap.String("no field package.preload['" + name + "']"))
}

// pkgSearchLua finds a Lua file along package.path and compiles it.
func pkgSearchLua(m *vm.VM, args []heap.Value) []heap.Value {
	name := checkString(m, args, 1)
	file, notFound := pkgFindFile(m, name, "path")
	if file == "" {
		return m.Return(heap.String(notFound))
	}
	cl, err := LoadFile(m, file, "bt")
	if err != nil {
		pkgLoadError(m, name, file, err.Error())
	}
	return m.Return(heap.ClosureValue(cl), heap.String(file))
}

// pkgSearchC finds a C library along package.cpath; one found cannot be loaded.
func pkgSearchC(m *vm.VM, args []heap.Value) []heap.Value {
	name := checkString(m, args, 1)
	file, notFound := pkgFindFile(m, name, "cpath")
	if file == "" {
		return m.Return(heap.String(notFound))
	}
	pkgLoadError(m, name, file, pkgNoDynamicLibraries)
	return nil
}

// pkgSearchCroot finds the C library of a submodule's root module (a.b.c in a's
// library) along package.cpath; one found cannot be loaded.
func pkgSearchCroot(m *vm.VM, args []heap.Value) []heap.Value {
	name := checkString(m, args, 1)
	root, _, dotted := strings.Cut(name, ".")
	if !dotted {
		return nil
	}
	file, notFound := pkgFindFile(m, root, "cpath")
	if file == "" {
		return m.Return(heap.String(notFound))
	}
	pkgLoadError(m, name, file, pkgNoDynamicLibraries)
	return nil
}

// pkgLoadError raises the error of a module file that was found but cannot be loaded.
func pkgLoadError(m *vm.VM, name, file, msg string) {
	m.Errorf("error loading module '%s' from file '%s':\n\t%s", name, file, msg)
}

// pkgFindFile searches the package field pathField (path or cpath) for name, returning
// the file found or the "no file" list of those tried.
func pkgFindFile(m *vm.VM, name, pathField string) (file, notFound string) {
	path, ok := toStringArg(pkgField(m, pathField))
	if !ok {
		m.Errorf("'package.%s' must be a string", pathField)
	}
	return pkgSearchPath(name, path, ".", "/")
}

// pkgSearchPath looks for name along path (searchpath): sep in name becomes dirsep,
// '?' in each template becomes name, and the first readable file is the answer. When
// none is, it returns the list of files tried in the shape of require's message.
func pkgSearchPath(name, path, sep, dirsep string) (file, notFound string) {
	if sep != "" {
		name = strings.ReplaceAll(name, sep, dirsep)
	}
	path = strings.ReplaceAll(path, "?", name)
	if path != "" {
		for _, f := range strings.Split(path, ";") {
			if pkgReadable(f) {
				return f, ""
			}
		}
	}
	return "", "no file '" + strings.ReplaceAll(path, ";", "'\n\tno file '") + "'"
}

// pkgReadable reports whether a file can be opened for reading (directories can).
func pkgReadable(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	f.Close()
	return true
}

// pkgLoadlib is package.loadlib of a Lua without dynamic libraries: it always fails,
// saying so, with "absent" as the place of failure.
func pkgLoadlib(m *vm.VM, args []heap.Value) []heap.Value {
	checkString(m, args, 1)
	checkString(m, args, 2)
	return m.Return(heap.Nil, heap.String(pkgNoDynamicLibraries), heap.String("absent"))
}

func pkgSearchpath(m *vm.VM, args []heap.Value) []heap.Value {
	// The reference checks its arguments from the last to the first.
	dirsep := optString(m, args, 4, "/")
	sep := optString(m, args, 3, ".")
	path := checkString(m, args, 2)
	name := checkString(m, args, 1)
	file, notFound := pkgSearchPath(name, path, sep, dirsep)
	if file == "" {
		return m.Return(heap.Nil, heap.String(notFound))
	}
	return m.Return(heap.String(file))
}
