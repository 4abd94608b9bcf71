// This file checks the state that builtins keep between calls in plain Lua values: the
// upvalues of builtin instances (the iterator string.gmatch returns) and the contexts
// of continuations (a table.sort waiting for its comparator). A snapshot carries that
// state, and a crafted or corrupted one can hand a continuation any values, which may
// also be reachable and changed from Lua; so each function checks the kinds and ranges
// of what it reads and raises an error rather than trusting them.

package stdlib

import (
	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// checkState raises an error about the corrupt state of the function named what
// unless ok.
func checkState(m *vm.VM, what string, ok bool) {
	if !ok {
		m.Errorf("corrupt state of '%s'", what)
	}
}

// stateTable returns the table v, which the state of what must hold.
func stateTable(m *vm.VM, what string, v heap.Value) *heap.Table {
	checkState(m, what, v.Kind() == heap.KindTable)
	return v.AsTable()
}

// stateString returns the string v, which the state of what must hold.
func stateString(m *vm.VM, what string, v heap.Value) string {
	checkState(m, what, v.IsString())
	return v.AsString()
}

// stateInt returns the integer v, which the state of what must hold, within
// [lo, hi].
func stateInt(m *vm.VM, what string, v heap.Value, lo, hi int64) int64 {
	checkState(m, what, v.IsInt() && v.AsInt() >= lo && v.AsInt() <= hi)
	return v.AsInt()
}

// stateBool returns the boolean v, which the state of what must hold.
func stateBool(m *vm.VM, what string, v heap.Value) bool {
	checkState(m, what, v.Kind() == heap.KindBool)
	return v.AsBool()
}

// stateThread returns the coroutine v, which the state of what must hold.
func stateThread(m *vm.VM, what string, v heap.Value) *heap.Thread {
	checkState(m, what, v.Kind() == heap.KindThread)
	return v.AsThread()
}

// stateUpvalues returns the upvalues of the running builtin instance, which must be
// n.
func stateUpvalues(m *vm.VM, what string, n int) []heap.Value {
	up := m.CurrentBuiltin().Upvalues
	checkState(m, what, len(up) == n)
	return up
}
