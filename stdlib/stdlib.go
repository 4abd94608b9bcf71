// This file opens the standard libraries in a VM. Libraries can be selected, so that a
// host can build a sandbox (Safe) whose scripts cannot reach files or the process.

package stdlib

import (
	"math/bits"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// Library identifies a standard library.
type Library uint16

// The standard libraries. IO also brings the basic library's dofile and loadfile.
const (
	Base Library = 1 << iota
	Package
	Coroutine
	Table
	IO
	OS
	String
	Math
	UTF8
	Debug
	Pluto
	Eris

	// numLibraries is the number of libraries.
	numLibraries = iota

	// All is every library.
	All = Base | Package | Coroutine | Table | IO | OS | String | Math | UTF8 | Debug |
		Persistence
	// Persistence is the pluto and eris libraries.
	Persistence = Pluto | Eris
	// Safe is every library that gives no access to the host: all but io, os,
	// debug and package. Without io, the basic library has no dofile or loadfile
	// either, and without package there is no require, so a script cannot read
	// files; binary chunks (load, eris.unpersist) pass the bytecode verifier.
	Safe = All &^ (IO | OS | Debug | Package)
)

// libFunc is one entry of a library's registration table.
type libFunc struct {
	name string
	fn   vm.Function
}

// library describes how to open one library: the name of its global and of its entry
// in package.loaded, and the function building its table.
type library struct {
	lib  Library
	name string
	open func(*vm.VM) heap.Value
}

// libraries holds the libraries in the order Open opens them (the order of the Library
// bits, which is lua.c's order); each library file fills its slot in an init function.
var libraries [numLibraries]library

// addLibrary fills the slot of a library.
func addLibrary(l library) {
	libraries[bits.TrailingZeros16(uint16(l.lib))] = l
}

func init() {
	addLibrary(library{Base, "_G", openBase})
	addLibrary(library{Coroutine, "coroutine", openCoroutine})
}

// Open opens the selected libraries in m: each is registered in package.loaded and as
// a global.
func Open(m *vm.VM, libs Library) {
	loaded := loadedTable(m)
	for _, l := range libraries {
		if libs&l.lib == 0 || l.open == nil {
			continue
		}
		v := l.open(m)
		loaded.SetStr(l.name, v)
		if l.name != "_G" {
			m.Globals().SetStr(l.name, v)
		}
	}
}

// Close ends the life of a VM opened with [Open], as lua_close does: the finalizers of
// every object still marked for finalization run ([vm.VM.Close]), then the buffers of
// open files are written out ([FlushIO]). A host calls it before it drops the VM or
// its process ends.
func Close(m *vm.VM) {
	m.Close()
	FlushIO(m)
}

// loadedTable returns package.loaded, the registry's _LOADED table, creating it.
func loadedTable(m *vm.VM) *heap.Table {
	reg := m.Registry()
	if t := reg.GetStr("_LOADED"); t.IsTable() {
		return t.AsTable()
	}
	t := heap.NewTable(0, 16)
	reg.SetStr("_LOADED", heap.TableValue(t))
	return t
}

// registryTable returns the table the registry holds under key, making it with fill
// when there is none (or something else is there, which a script can put through
// debug.getregistry).
func registryTable(m *vm.VM, key string, fill func(*heap.Table)) *heap.Table {
	reg := m.Registry()
	if t := reg.GetStr(key); t.IsTable() {
		return t.AsTable()
	}
	t := heap.NewTable(0, 2)
	fill(t)
	reg.SetStr(key, heap.TableValue(t))
	return t
}

// registerFuncs registers each function as a permanent builtin named prefix+name and
// stores it in t under its name.
func registerFuncs(m *vm.VM, t *heap.Table, prefix string, funcs []libFunc) {
	for _, f := range funcs {
		b := m.Register(prefix+f.name, f.fn)
		t.SetStr(f.name, heap.BuiltinValue(b))
	}
}
