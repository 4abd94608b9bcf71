// This file implements what the VM must do for Lua's collector on its own: weak
// tables. Go's collector frees memory, but it cannot know that an entry of a table
// whose metatable has __mode holds the only reference to an object, so the VM finds the
// objects still reachable from its roots and removes the entries that refer to others.
//
// A collection marks, from the roots (registry, globals, the main and running threads,
// the threads waiting in a resume, the string and type metatables, named builtins and
// userdata, debug hooks), every value a script could still reach. Tables whose __mode
// holds 'v' do not mark their values, those with 'k' do not mark their keys and are
// ephemerons: a value is marked only once its key is, which takes rounds until nothing
// new is marked. Then every entry of a reachable weak table whose weak key or value is
// an unmarked object is removed, as assigning nil removes it, so a traversal in
// progress can go on. As in Lua, only objects are removed: tables, Lua functions,
// builtins with upvalues, full userdata and threads; strings and numbers are values.
//
// Collections run when collectgarbage asks and, once the VM has seen a weak table,
// automatically: table and closure creation and concatenation count down a debt, and
// when it is spent a collection runs and sets the next debt from the number of
// objects it found and the pause, as Lua's pause is a percentage of the live heap.
// Only the registers of the running frame up to the one being written are live then,
// as in Lua. Values a Go host holds only in its own variables are not roots.

package vm

import (
	"strings"
	"unsafe"

	"github.com/pluto-go/pluto-go/heap"
)

// Collector settings and limits.
const (
	// DefaultPause is the collector's default pause, as in Lua: a collection starts
	// when the allocations since the last one reach this percentage of what it found.
	DefaultPause = 200
	// minCollectDebt is the least number of allocations between two automatic
	// collections, so that a small heap is not marked over and over.
	minCollectDebt = 1 << 12
)

// collector is the VM's state for weak tables.
type collector struct {
	stopped bool  // collectgarbage("stop") is in effect
	armed   bool  // a weak table may exist: automatic collections run
	pause   int64 // the pause, a percentage
	debt    int64 // allocations left before the next automatic collection
}

// marker is one collection in progress.
type marker struct {
	seen       map[unsafe.Pointer]struct{}
	gray       []heap.Value  // marked values whose contents are not yet marked
	weak       []*heap.Table // reachable tables with weak keys or values
	ephemerons []*heap.Table // the weak tables among them whose values are strong
}

// SetCollectorRunning sets whether automatic collections run, as collectgarbage's
// "stop" and "restart" do.
func (m *VM) SetCollectorRunning(running bool) { m.gc.stopped = !running }

// CollectorRunning reports whether automatic collections run.
func (m *VM) CollectorRunning() bool { return !m.gc.stopped }

// SetCollectorPause sets the pause of automatic collections, a percentage of what the
// last collection found (see [DefaultPause]), and returns the previous one.
func (m *VM) SetCollectorPause(pause int) int {
	old := m.gc.pause
	m.gc.pause = int64(max(pause, 0))
	return int(old)
}

// NoteMetatable tells the VM that mt became the metatable of a table, so that
// automatic collections start once a weak table exists.
func (m *VM) NoteMetatable(mt *heap.Table) {
	if mt != nil && !mt.GetStr("__mode").IsNil() {
		m.armCollector()
	}
}

// armCollector starts automatic collections, if they are not running already. The
// first one that finds no weak table stops them again.
func (m *VM) armCollector() {
	if !m.gc.armed {
		m.gc.armed = true
		m.gc.debt = minCollectDebt
	}
}

// Collect runs a full collection: entries of weak tables that refer to objects no
// longer reachable are removed. It returns the number of objects found reachable.
func (m *VM) Collect() int {
	mk := &marker{seen: map[unsafe.Pointer]struct{}{}}
	m.markRoots(mk)
	mk.propagate()
	for mk.convergeEphemerons() {
	}
	for _, t := range mk.weak {
		clearWeak(t, mk)
	}
	if len(mk.weak) == 0 {
		m.gc.armed = false
	}
	m.gc.debt = max(minCollectDebt, int64(len(mk.seen))*m.gc.pause/100)
	return len(mk.seen)
}

// allocated counts one allocation by the running Lua frame, whose registers are live
// up to top, and runs an automatic collection when the debt is spent. The dispatch
// loop calls it only while the collector is armed.
func (m *VM) allocated(top int) {
	if m.gc.stopped {
		return
	}
	if m.gc.debt--; m.gc.debt > 0 {
		return
	}
	th := m.th
	saved := th.Top
	th.Top = top
	m.Collect()
	th.Top = saved
}

// markRoots marks what the VM itself holds.
func (m *VM) markRoots(mk *marker) {
	mk.mark(heap.TableValue(m.registry))
	mk.mark(heap.TableValue(m.globals))
	mk.mark(heap.ThreadValue(m.main))
	mk.mark(heap.ThreadValue(m.th))
	for _, th := range m.resumers {
		mk.mark(heap.ThreadValue(th))
	}
	if m.stringMeta != nil {
		mk.mark(heap.TableValue(m.stringMeta))
	}
	for _, mt := range m.typeMetas {
		if mt != nil {
			mk.mark(heap.TableValue(mt))
		}
	}
	for _, b := range m.builtins {
		mk.mark(heap.BuiltinValue(b))
	}
	for _, u := range m.userdata {
		mk.mark(heap.UserdataValue(u))
	}
	for th, h := range m.hooks {
		mk.mark(heap.ThreadValue(th))
		mk.mark(h.fn)
	}
}

// isObject reports whether v is an object that weak tables may lose: a table, a Lua
// function, a builtin with upvalues, a full userdata or a thread.
func isObject(v heap.Value) bool {
	switch v.Kind() {
	case heap.KindTable, heap.KindClosure, heap.KindThread:
		return true
	case heap.KindBuiltin:
		return len(v.AsBuiltin().Upvalues) > 0
	case heap.KindUserdata:
		return !IsLight(v)
	}
	return false
}

// marked reports whether v stays in weak tables: it is not an object, or it was
// marked.
func (mk *marker) marked(v heap.Value) bool {
	if p := v.Pointer(); p != nil && isObject(v) {
		_, ok := mk.seen[p]
		return ok
	}
	return true
}

// mark marks v and queues its contents.
func (mk *marker) mark(v heap.Value) {
	p := v.Pointer()
	if p == nil {
		return
	}
	if _, ok := mk.seen[p]; ok {
		return
	}
	mk.seen[p] = struct{}{}
	mk.gray = append(mk.gray, v)
}

// propagate marks the contents of queued values until none is left.
func (mk *marker) propagate() {
	for len(mk.gray) > 0 {
		v := mk.gray[len(mk.gray)-1]
		mk.gray = mk.gray[:len(mk.gray)-1]
		switch v.Kind() {
		case heap.KindTable:
			mk.markTable(v.AsTable())
		case heap.KindClosure:
			for _, u := range v.AsClosure().Upvalues {
				if u != nil {
					mk.mark(u.Get())
				}
			}
		case heap.KindBuiltin:
			for _, u := range v.AsBuiltin().Upvalues {
				mk.mark(u)
			}
		case heap.KindUserdata:
			mk.markUserdata(v.AsUserdata())
		case heap.KindThread:
			mk.markThread(v.AsThread())
		}
	}
}

// weakMode returns whether t's keys and values are weak, from its metatable's __mode.
func weakMode(t *heap.Table) (keys, vals bool) {
	if t.Meta == nil {
		return false, false
	}
	mode := t.Meta.GetStr("__mode")
	if !mode.IsString() {
		return false, false
	}
	s := mode.AsString()
	return strings.IndexByte(s, 'k') >= 0, strings.IndexByte(s, 'v') >= 0
}

// markTable marks a table's metatable and its strong keys and values.
func (mk *marker) markTable(t *heap.Table) {
	if t.Meta != nil {
		mk.mark(heap.TableValue(t.Meta))
	}
	keys, vals := weakMode(t)
	if keys || vals {
		mk.weak = append(mk.weak, t)
	}
	switch {
	case keys && vals:
	case keys:
		mk.ephemerons = append(mk.ephemerons, t)
		mk.markEphemeron(t)
	default:
		eachEntry(t, func(k, v heap.Value) {
			mk.mark(k)
			if !vals {
				mk.mark(v)
			}
		})
	}
}

// markEphemeron marks the values of a weak-keyed table whose keys are marked, and
// reports whether it marked any.
func (mk *marker) markEphemeron(t *heap.Table) bool {
	found := false
	eachEntry(t, func(k, v heap.Value) {
		if mk.marked(k) && !mk.marked(v) {
			mk.mark(v)
			found = true
		}
	})
	return found
}

// convergeEphemerons gives every ephemeron a round and propagates what it marked; it
// reports whether anything new was marked, in which case another round is due.
func (mk *marker) convergeEphemerons() bool {
	found := false
	for _, t := range mk.ephemerons {
		if mk.markEphemeron(t) {
			found = true
		}
	}
	mk.propagate()
	return found
}

// markUserdata marks a userdata's metatable and user value.
func (mk *marker) markUserdata(u *heap.Userdata) {
	if u.Meta != nil {
		mk.mark(heap.TableValue(u.Meta))
	}
	mk.mark(u.Value)
}

// markThread marks a thread's live stack, its frames' functions and states, and the
// error it died of.
func (mk *marker) markThread(th *heap.Thread) {
	for _, v := range th.Stack[:min(th.Top, len(th.Stack))] {
		mk.mark(v)
	}
	for i := range th.Frames {
		fr := &th.Frames[i]
		if fr.Closure != nil {
			mk.mark(heap.ClosureValue(fr.Closure))
		}
		if fr.Builtin != nil {
			mk.mark(heap.BuiltinValue(fr.Builtin))
		}
		mk.mark(fr.Ctx)
	}
	mk.mark(th.Err)
}

// eachEntry calls f with every present entry of t.
func eachEntry(t *heap.Table, f func(k, v heap.Value)) {
	for i := range t.ArrayLen() {
		if v := t.ArrayEntry(i); !v.IsNil() {
			f(heap.Int(int64(i+1)), v)
		}
	}
	for i := range t.HashLen() {
		if k, v := t.HashEntry(i); !v.IsNil() {
			f(k, v)
		}
	}
}

// clearWeak removes the entries of a weak table whose weak key or value is an object
// that was not marked.
func clearWeak(t *heap.Table, mk *marker) {
	keys, vals := weakMode(t)
	var dead []heap.Value
	eachEntry(t, func(k, v heap.Value) {
		if keys && !mk.marked(k) || vals && !mk.marked(v) {
			dead = append(dead, k)
		}
	})
	for _, k := range dead {
		t.Set(k, heap.Nil) // a key found in the table is never nil or NaN
	}
}
