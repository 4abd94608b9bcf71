// This file implements the eris library, the Lua-level persistence API of Eris:
// eris.persist([perms,] value), eris.unpersist([perms,] data) and eris.settings. The
// codec is the serialize package, through the VM (vm/persist.go). With Eris's
// semantics the globals table is persisted by value unless perms maps it.

package stdlib

import (
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/serialize"
	"github.com/pluto-go/pluto-go/vm"
)

var erisFuncs = []libFunc{
	{"persist", erisPersist},
	{"settings", erisSettings},
	{"unpersist", erisUnpersist},
}

func init() {
	dumpProto = vm.DumpProto
	addLibrary(library{Eris, "eris", func(m *vm.VM) heap.Value {
		t := heap.NewTable(0, len(erisFuncs))
		registerFuncs(m, t, "eris.", erisFuncs)
		return heap.TableValue(t)
	}})
}

// erisSettingsKey is the registry field holding the eris settings, so that they are
// part of the state like Eris keeps them in the registry.
const erisSettingsKey = "_ERIS_SETTINGS"

// erisDefaults are the settings' values when unset. maxrec bounds the depth of
// objects, counted in references from the root, when persisting and unpersisting
// alike; it defaults to 0, no limit: the codec is iterative, so depth costs no stack
// (Eris's default is 10000, and Eris also counts scalars as a level).
var erisDefaults = map[string]heap.Value{
	"debug":  heap.True,
	"maxrec": heap.Int(0),
	"path":   heap.False,
	"spio":   heap.False,
	"spkey":  heap.String(serialize.DefaultSpecialKey),
}

// erisSetting returns the current value of a setting. The registry is open to scripts
// through the debug library, so a value of another kind than the default's is an
// error rather than trusted.
func erisSetting(m *vm.VM, name string) heap.Value {
	def := erisDefaults[name]
	if t := m.Registry().GetStr(erisSettingsKey); t.IsTable() {
		if v := t.AsTable().GetStr(name); !v.IsNil() {
			checkState(m, "eris.settings", v.Kind() == def.Kind())
			return v
		}
	}
	return def
}

func erisSettings(m *vm.VM, args []heap.Value) []heap.Value {
	name := checkString(m, args, 1)
	def, ok := erisDefaults[name]
	if !ok {
		m.ArgError(1, "no such setting")
	}
	if isNone(args, 2) {
		return m.Return(erisSetting(m, name))
	}
	v := args[1]
	if !v.IsNil() {
		switch def.Kind() {
		case heap.KindBool:
			checkKind(m, args, 2, "boolean")
		case heap.KindInt:
			if n := checkInt(m, args, 2); n < 0 {
				m.ArgError(2, "value out of range")
			}
			v = heap.Int(checkInt(m, args, 2))
		default:
			v = heap.String(checkString(m, args, 2))
		}
		if name == "spio" && v.AsBool() {
			m.Errorf("eris.settings: 'spio' is not supported (there is no C stream to pass)")
		}
	}
	registryTable(m, erisSettingsKey, func(*heap.Table) {}).SetStr(name, v)
	return nil
}

// erisPersistOptions returns the persist options the eris settings describe.
func erisPersistOptions(m *vm.VM) serialize.PersistOptions {
	return serialize.PersistOptions{
		StripDebug: erisSetting(m, "debug").IsFalsy(),
		Path:       !erisSetting(m, "path").IsFalsy(),
		SpecialKey: erisSetting(m, "spkey").AsString(),
		MaxDepth:   int(erisSetting(m, "maxrec").AsInt()),
	}
}

// permsArgs splits the optional perms table from the other argument of
// persist/unpersist.
func permsArgs(m *vm.VM, args []heap.Value) (*heap.Table, int) {
	if len(args) < 2 {
		return nil, 1
	}
	if args[0].IsNil() {
		return nil, 2
	}
	return checkTable(m, args, 1), 2
}

func erisPersist(m *vm.VM, args []heap.Value) []heap.Value {
	perms, i := permsArgs(m, args)
	opts := erisPersistOptions(m)
	opts.Perms = permsLookup(perms, nil)
	data, err := m.Persist(arg(args, i), &opts)
	if err != nil {
		persistError(m, err)
	}
	return m.Return(heap.String(string(data)))
}

func erisUnpersist(m *vm.VM, args []heap.Value) []heap.Value {
	perms, i := permsArgs(m, args)
	data := checkKind(m, args, i, "string").AsString()
	v, err := m.Unpersist([]byte(data), &serialize.UnpersistOptions{Perms: permsLookup(perms, nil),
		MaxDepth: int(erisSetting(m, "maxrec").AsInt())})
	if err != nil {
		persistError(m, err)
	}
	return m.Return(v)
}

// permsLookup returns a Perms function looking values up in a perms table, then in
// extra (the implicit permanents of a library), either of which may be nil.
func permsLookup(perms *heap.Table, extra func(heap.Value) (heap.Value, bool)) func(heap.Value) (heap.Value, bool) {
	return func(v heap.Value) (heap.Value, bool) {
		if perms != nil {
			if k, ok := heap.NormalizeKey(v); ok {
				if p := perms.Get(k); !p.IsNil() {
					return p, true
				}
			}
		}
		if extra != nil {
			return extra(v)
		}
		return heap.Nil, false
	}
}

// persistError raises a codec error as a Lua error, without the Go package prefix.
func persistError(m *vm.VM, err error) {
	m.Errorf("%s", strings.TrimPrefix(err.Error(), "serialize: "))
}
