// This file implements the pluto library, the Lua-level persistence API of Pluto:
// pluto.persist(perms, value), pluto.unpersist(perms, data), pluto.version() and
// pluto.human(on). With Pluto's semantics the globals table of the persisting state is
// permanent: functions whose environment it is are written without it and, once
// loaded, use the globals of the state that loads them. Pluto has no settings: its
// errors always carry the full path to the value that cannot be persisted, and
// prototypes keep their debug information.

package stdlib

import (
	"bytes"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/serialize"
	"github.com/pluto-go/pluto-go/vm"
)

var plutoFuncs = []libFunc{
	{"human", plutoHuman},
	{"persist", plutoPersist},
	{"unpersist", plutoUnpersist},
	{"version", plutoVersion},
}

func init() {
	addLibrary(library{Pluto, "pluto", func(m *vm.VM) heap.Value {
		t := heap.NewTable(0, len(plutoFuncs))
		registerFuncs(m, t, "pluto.", plutoFuncs)
		return heap.TableValue(t)
	}})
}

// plutoVersionText is what pluto.version returns.
const plutoVersionText = "pluto-go 1.0"

// plutoHumanKey is the registry field holding the human-readable mode.
const plutoHumanKey = "_PLUTO_HUMAN"

// globalsKey is the permanent key of the globals table in pluto snapshots.
var globalsKey = heap.String("pluto-go:globals")

func plutoVersion(m *vm.VM, args []heap.Value) []heap.Value {
	return m.Return(heap.String(plutoVersionText))
}

func plutoHuman(m *vm.VM, args []heap.Value) []heap.Value {
	on := !arg(args, 1).IsFalsy()
	m.Registry().SetStr(plutoHumanKey, heap.Bool(on))
	return nil
}

func plutoPersist(m *vm.VM, args []heap.Value) []heap.Value {
	perms := checkTable(m, args, 1)
	root := checkAny(m, args, 2)
	globals := m.Globals()
	opts := serialize.PersistOptions{Path: true}
	opts.Perms = permsLookup(perms, func(v heap.Value) (heap.Value, bool) {
		if v.IsTable() && v.AsTable() == globals {
			return globalsKey, true
		}
		return heap.Nil, false
	})
	data, err := m.Persist(root, &opts)
	if err != nil {
		persistError(m, err)
	}
	if m.Registry().GetStr(plutoHumanKey).IsFalsy() {
		return m.Return(heap.String(string(data)))
	}
	var b bytes.Buffer
	if err := serialize.Dump(&b, data); err != nil {
		persistError(m, err)
	}
	return m.Return(heap.String(b.String()))
}

func plutoUnpersist(m *vm.VM, args []heap.Value) []heap.Value {
	perms := checkTable(m, args, 1)
	data := checkString(m, args, 2)
	globals := heap.TableValue(m.Globals())
	lookup := permsLookup(perms, func(k heap.Value) (heap.Value, bool) {
		if heap.RawEqual(k, globalsKey) {
			return globals, true
		}
		return heap.Nil, false
	})
	v, err := m.Unpersist([]byte(data), &serialize.UnpersistOptions{Perms: lookup})
	if err != nil {
		persistError(m, err)
	}
	return m.Return(v)
}
