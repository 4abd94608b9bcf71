// This file implements what the VM must do for Lua's collector on its own: weak
// tables and finalizers. Go's collector frees memory, but it cannot know that an entry
// of a weak table holds the only reference to an object, nor call __gc, so the VM
// finds the objects still reachable from its roots itself (mark.go) and acts on the
// others as Lua's collector does at the end of a cycle:
//
//   - weak values that are unreachable objects are removed;
//   - objects marked for finalization (given a metatable with __gc) that are
//     unreachable are resurrected, with everything they reach, for their finalizer;
//   - weak keys still unreachable after that are removed, and so are the weak values
//     of tables only the resurrected objects reach;
//   - the finalizers run, newest mark first; an error in one becomes a warning.
//
// Removing an entry is assigning nil to it, so a traversal in progress can go on. As in
// Lua, only objects are removed: tables, Lua functions, builtins with upvalues, full
// userdata and threads; strings and numbers are values.
//
// The roots are the registry, the globals, the main and running threads, the threads
// waiting in a resume, the string and type metatables, named builtins and userdata,
// and debug hooks. Values a Go host holds only in its own variables are not roots.
//
// Collections run when collectgarbage asks and, while a weak table or an object marked
// for finalization may exist, automatically: table and closure creation and
// concatenation in Lua code count down a debt, and when it is spent a collection runs
// and sets the next debt from the number of objects it found and the pause, as Lua's
// pause is a percentage of the live heap. Only the registers of the running frame up to
// the one being written are live then, as in Lua.

package vm

import (
	"errors"
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

// collector is the VM's state for weak tables and finalizers.
type collector struct {
	stopped    bool  // collectgarbage("stop") is in effect
	armed      bool  // a weak table or a finalizer may exist: automatic collections run
	finalizing bool  // finalizers are running: no collection may start
	closed     bool  // Close ran: no object can be marked for finalization
	pause      int64 // the pause, a percentage
	debt       int64 // allocations left before the next automatic collection
	live       int   // the number of objects the last collection found

	finobj  []heap.Value                // objects marked for finalization, oldest first
	finset  map[unsafe.Pointer]struct{} // the same objects, by address
	tobefnz []heap.Value                // unreachable objects whose finalizers are due
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

// InFinalizer reports whether a finalizer is running, when Lua refuses every request
// to the collector.
func (m *VM) InFinalizer() bool { return m.gc.finalizing }

// NoteMetatable tells the VM that mt became the metatable of the table or userdata v,
// as lua_setmetatable does: with a __gc field v is marked for finalization (once; a
// later change of the metatable does not undo it), and with __mode the VM starts
// collecting by itself.
func (m *VM) NoteMetatable(v heap.Value, mt *heap.Table) {
	if mt == nil {
		return
	}
	if !mt.GetStr("__mode").IsNil() {
		m.armCollector()
	}
	if mt.GetStr("__gc").IsNil() || m.gc.closed {
		return
	}
	if m.gc.finset == nil {
		m.gc.finset = map[unsafe.Pointer]struct{}{}
	}
	p := v.Pointer()
	if _, ok := m.gc.finset[p]; !ok {
		m.gc.finset[p] = struct{}{}
		m.gc.finobj = append(m.gc.finobj, v)
		m.armCollector()
	}
}

// armCollector starts automatic collections, if they are not running already. The
// first one that finds neither weak tables nor objects to finalize stops them again.
func (m *VM) armCollector() {
	if !m.gc.armed {
		m.gc.armed = true
		m.gc.debt = minCollectDebt
	}
}

// Collect runs a full collection and the finalizers it makes due. It reports false,
// doing nothing, when called from a finalizer or from a rebuild function while
// Unpersist builds objects that no root reaches yet.
func (m *VM) Collect() bool {
	if m.gc.finalizing || m.loading > 0 {
		return false
	}
	mk := newMarker(m.gc.live)
	m.markRoots(mk)
	mk.markAll()
	mk.clearWeak(mk.weak, false, true)
	strong := len(mk.weak)
	due := m.separateFinalizable(mk)
	for _, v := range due {
		mk.mark(v)
	}
	mk.markAll()
	mk.clearWeak(mk.weak, true, false)
	mk.clearWeak(mk.weak[strong:], false, true)
	m.gc.tobefnz = append(m.gc.tobefnz, due...)

	m.gc.armed = len(mk.weak) > 0 || len(m.gc.finobj) > 0
	m.gc.live = len(mk.seen)
	m.gc.debt = max(minCollectDebt, int64(m.gc.live)*m.gc.pause/100)
	m.runFinalizers()
	return true
}

// separateFinalizable takes the unmarked objects out of the finalization list and
// returns them, newest mark first, the order Lua calls their finalizers in.
func (m *VM) separateFinalizable(mk *marker) []heap.Value {
	var due []heap.Value
	kept := m.gc.finobj[:0]
	for _, v := range m.gc.finobj {
		if mk.marked(v) {
			kept = append(kept, v)
			continue
		}
		due = append(due, v)
		delete(m.gc.finset, v.Pointer())
	}
	clear(m.gc.finobj[len(kept):])
	m.gc.finobj = kept
	for i, j := 0, len(due)-1; i < j; i, j = i+1, j-1 {
		due[i], due[j] = due[j], due[i]
	}
	return due
}

// runFinalizers calls the finalizers that are due, in order, with the collector and
// the debug hook of the running thread off, as Lua does.
func (m *VM) runFinalizers() {
	if len(m.gc.tobefnz) == 0 || m.gc.finalizing {
		return
	}
	m.gc.finalizing = true
	hook := m.hook
	m.hook = nil
	defer func() {
		m.gc.finalizing = false
		m.hook = hook
	}()
	for len(m.gc.tobefnz) > 0 {
		v := m.gc.tobefnz[0]
		m.gc.tobefnz[0] = heap.Nil
		m.gc.tobefnz = m.gc.tobefnz[1:]
		m.finalize(v)
	}
	m.gc.tobefnz = nil
}

// finalize calls v's __gc metamethod, if it still has one, and turns an error it
// raises into a warning. The step limit still stops the host call.
func (m *VM) finalize(v heap.Value) {
	fn := m.MetaField(v, "__gc")
	if fn.IsNil() {
		return
	}
	if !fn.IsFunction() && m.MetaField(fn, "__call").IsNil() {
		m.Warn("error in __gc (" + m.finalizerCallError(fn) + ")")
		return
	}
	m.callFlags = heap.FrameGC
	_, err := m.PCall(fn, v)
	m.callFlags = 0
	var re *RuntimeError
	if err == nil || !errors.As(err, &re) {
		return
	}
	if re.err != nil {
		panic(&throw{value: re.Value, hostErr: re.err})
	}
	msg := "error object is not a string"
	if re.Value.IsString() {
		msg = re.Value.AsString()
	}
	m.Warn("error in __gc (" + msg + ")")
}

// allocated counts one allocation by the running Lua frame, whose registers are live
// up to top, and runs an automatic collection when the debt is spent. It reports
// whether a collection ran: finalizers may have run Lua code, after which the dispatch
// loop must reload its state. The loop calls it only while the collector is armed.
func (m *VM) allocated(top int) bool {
	if m.gc.stopped || m.gc.finalizing || m.loading > 0 {
		return false
	}
	if m.gc.debt--; m.gc.debt > 0 {
		return false
	}
	th := m.th
	saved := th.Top
	th.Top = top
	m.Collect()
	th.Top = saved
	return true
}

// Close ends the VM's life as lua_close does: every object still marked for
// finalization is finalized, newest mark first, whether reachable or not. The VM
// stays usable, but objects given a __gc metatable afterwards are not finalized.
func (m *VM) Close() {
	m.runFinalizers()
	m.gc.closed = true
	for i := len(m.gc.finobj) - 1; i >= 0; i-- {
		m.gc.tobefnz = append(m.gc.tobefnz, m.gc.finobj[i])
	}
	m.gc.finobj, m.gc.finset = nil, nil
	m.runFinalizers()
}

// markRoots marks what the VM itself holds.
func (m *VM) markRoots(mk *marker) {
	mk.mark(heap.TableValue(m.registry))
	mk.mark(heap.TableValue(m.globals))
	mk.mark(heap.ThreadValue(m.main))
	mk.mark(heap.ThreadValue(m.th))
	for _, r := range m.resumers {
		mk.mark(heap.ThreadValue(r.th))
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
	for _, v := range m.gc.tobefnz {
		mk.mark(v)
	}
}
