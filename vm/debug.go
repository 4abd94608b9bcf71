// This file gives the debug library its view of the VM: local variables of active
// frames, upvalues of functions, and hooks (call, return, line and count), which the
// dispatch loop and the call path invoke.
//
// A hook is a Lua function called with the event name ("call", "tail call", "return",
// "line", "count") and, for line events, the new line. It runs as a call from Go on
// top of the hooked frame, so it cannot yield, and no hook fires while one runs.

package vm

import (
	"unsafe"

	"github.com/pluto-go/pluto-go/heap"
)

// Hook event masks, combined in SetHook's mask.
const (
	HookCall = 1 << iota
	HookReturn
	HookLine
	HookCount
)

// hookState is the debug hook of one thread. Like Lua's, the line tracking and the
// mark of a running hook belong to the thread: setting another hook from inside a hook
// keeps them, so the new hook does not fire before the running one returns.
type hookState struct {
	fn      heap.Value
	mask    int
	count   int  // the count of a count hook
	left    int  // instructions left before the next count event
	oldPC   int  // instruction of the last line event, to detect new lines and loops
	again   bool // the next instruction repeats one that closed a variable: no events
	running bool
}

// SetHook sets (or, with a nil fn or a zero mask, removes) the debug hook of th.
func (m *VM) SetHook(th *heap.Thread, fn heap.Value, mask, count int) {
	h := m.hooks[th]
	switch {
	case fn.IsNil() || mask == 0 && count == 0:
		if h != nil && !h.running {
			delete(m.hooks, th)
		}
		fn, mask, count = heap.Nil, 0, 0
	case count > 0:
		mask |= HookCount
	}
	if h == nil && mask != 0 {
		if m.hooks == nil {
			m.hooks = map[*heap.Thread]*hookState{}
		}
		h = &hookState{}
		m.hooks[th] = h
	}
	if h != nil {
		h.fn, h.mask, h.count, h.left = fn, mask, count, count
	}
	if th == m.th {
		m.hook = m.activeHook(th)
	}
}

// activeHook returns the hook of th, or nil when it has none.
func (m *VM) activeHook(th *heap.Thread) *hookState {
	if h := m.hooks[th]; h != nil && h.mask != 0 {
		return h
	}
	return nil
}

// Hook returns the hook function, mask and count of th.
func (m *VM) Hook(th *heap.Thread) (fn heap.Value, mask, count int) {
	h := m.hooks[th]
	if h == nil {
		return heap.Nil, 0, 0
	}
	return h.fn, h.mask, h.count
}

// setThread makes th the running thread.
func (m *VM) setThread(th *heap.Thread) {
	m.th = th
	m.hook = m.activeHook(th)
}

// callHook calls the running thread's hook for an event, unless a hook is running.
func (m *VM) callHook(h *hookState, event string, line int) {
	if h.running {
		return
	}
	h.running = true
	defer func() { h.running = false }()
	lv := heap.Nil
	if line >= 0 {
		lv = heap.Int(int64(line))
	}
	m.callWithFlags(h.fn, heap.FrameHook, heap.String(event), lv)
}

// traceExec runs the count and line hooks before instruction pc of frame fr. A
// TFORLOOP has no events: Lua runs it straight after its TFORCALL returns. Nor has a
// CLOSE or RETURN run again to close its next variable: Lua closes them all at once.
func (m *VM) traceExec(h *hookState, fr *heap.Frame, pc int) {
	p := fr.Closure.Proto
	if h.again {
		h.again = false
		return
	}
	if p.Code[pc].OpCode() == heap.OpTForLoop {
		return
	}
	if h.mask&HookCount != 0 {
		if h.left--; h.left <= 0 {
			h.left = h.count
			m.callHook(h, "count", -1)
		}
	}
	if h.mask&HookLine == 0 {
		return
	}
	old := h.oldPC
	if old >= len(p.Code) {
		old = 0
	}
	stripped := len(p.LineInfo) == 0
	if pc <= old || (!stripped && p.Line(old) != p.Line(pc)) {
		line := p.Line(pc)
		if stripped {
			line = -1 // the event of code without line information has no line
		}
		m.callHook(h, "line", line)
	}
	h.oldPC = pc
}

// transferInfo records, while a call or return hook runs, which values the hooked
// frame receives or returns (debug.getinfo's "r" option).
type transferInfo struct {
	frame    int // index of the hooked frame, -1 when no hook runs
	first, n int // the values: 1-based index from the frame's function, and count
}

// hookCall runs the call hook on entering the function of the innermost frame.
func (m *VM) hookCall(fr *heap.Frame) {
	hs := m.hook
	hs.oldPC = 0
	if hs.mask&HookCall == 0 {
		return
	}
	event := "call"
	if fr.Flags&heap.FrameTailCall != 0 {
		event = "tail call"
	}
	n := m.th.Top - fr.Base
	if fr.IsLua() {
		n = fr.Closure.Proto.NumParams
		// The reference runs the hook with the saved pc one instruction further on,
		// so a hooked Lua frame shows the line of its next instruction.
		th, fi := m.th, len(m.th.Frames)-1
		th.Frames[fi].PC++
		defer func() { th.Frames[fi].PC-- }()
	}
	m.withTransfer(transferInfo{len(m.th.Frames) - 1, 1, n}, func() { m.callHook(hs, event, -1) })
}

// withTransfer runs f with transfer information recorded for getinfo.
func (m *VM) withTransfer(t transferInfo, f func()) {
	saved := m.transfer
	m.transfer = t
	defer func() { m.transfer = saved }()
	f()
}

// hookReturn runs the return hook on leaving the function of the innermost frame,
// which returns n values from its stack slot first, and resets the line tracking for
// the caller. The hook sees the values as locals of the frame, counted from its base
// (for a vararg function, above its extra arguments).
func (m *VM) hookReturn(first, n int) {
	hs := m.hook
	if hs.mask&HookReturn != 0 {
		fr := m.th.CurrentFrame()
		t := transferInfo{len(m.th.Frames) - 1, first - fr.Base + 1, n}
		m.withTransfer(t, func() { m.callHook(hs, "return", -1) })
	}
	th := m.th
	if n := len(th.Frames); n >= 2 && th.Frames[n-2].IsLua() {
		hs.oldPC = th.Frames[n-2].PC - 1
	}
}

// Local returns the name and value of local n of the frame at the given level of th:
// named locals and temporaries for n > 0, extra arguments of a vararg function for
// n < 0. ok is false when there is no such local.
func (m *VM) Local(th *heap.Thread, level, n int) (name string, v heap.Value, ok bool) {
	idx, name := m.localSlot(th, level, n)
	if name == "" {
		return "", heap.Nil, false
	}
	return name, th.Stack[idx], true
}

// SetLocal assigns local n of the frame at the given level of th, returning its name,
// or "" if there is no such local.
func (m *VM) SetLocal(th *heap.Thread, level, n int, v heap.Value) string {
	pushed := 0
	if th != m.th {
		pushed = 1 // the reference moves v onto th's stack first, as one more temporary
	}
	idx, name, onPushed := m.localSlotPushed(th, level, n, pushed)
	if name != "" && !onPushed {
		th.Stack[idx] = v
	}
	return name
}

// localSlot finds the stack slot of local n of a frame, as luaG_findlocal does.
func (m *VM) localSlot(th *heap.Thread, level, n int) (int, string) {
	idx, name, _ := m.localSlotPushed(th, level, n, 0)
	return idx, name
}

// localSlotPushed is localSlot when pushed values have been moved onto th's stack
// above its top, so that th's innermost frame has that many more temporaries;
// onPushed reports that local n is one of them.
func (m *VM) localSlotPushed(th *heap.Thread, level, n, pushed int) (int, string, bool) {
	fi := len(th.Frames) - 1 - level
	if level < 0 || fi < 0 {
		return 0, "", false
	}
	fr := &th.Frames[fi]
	name := ""
	if fr.IsLua() {
		p := fr.Closure.Proto
		if n < 0 {
			if p.IsVararg && -n <= fr.NExtra {
				return fr.Func + 1 + p.NumParams + (-n - 1), "(vararg)", false
			}
			return 0, "", false
		}
		name = p.LocalName(n, fr.PC-1)
	}
	if name == "" {
		limit := th.Top
		switch {
		case fi < len(th.Frames)-1:
			limit, pushed = th.Frames[fi+1].Func, 0
		case fr.Flags&heap.FrameYielded != 0:
			limit = fr.Base // a suspended yield's values went to the resumer
		}
		if n <= 0 || limit+pushed-fr.Base < n {
			return 0, "", false
		}
		name = "(temporary)"
		if !fr.IsLua() {
			name = "(C temporary)"
		}
		return fr.Base + n - 1, name, fr.Base+n-1 >= limit
	}
	return fr.Base + n - 1, name, false
}

// Upvalue returns the name and value of upvalue n (1-based) of a function; builtins'
// upvalues have the name "". ok is false when there is no such upvalue.
func Upvalue(fn heap.Value, n int) (name string, v heap.Value, ok bool) {
	switch fn.Kind() {
	case heap.KindClosure:
		cl := fn.AsClosure()
		if n < 1 || n > len(cl.Upvalues) {
			return "", heap.Nil, false
		}
		name = cl.Proto.Upvalues[n-1].Name
		if name == "" {
			name = "(no name)"
		}
		return name, cl.Upvalues[n-1].Get(), true
	case heap.KindBuiltin:
		b := fn.AsBuiltin()
		if n < 1 || n > len(b.Upvalues) {
			return "", heap.Nil, false
		}
		return "", b.Upvalues[n-1], true
	}
	return "", heap.Nil, false
}

// SetUpvalue assigns upvalue n of a function, returning its name and whether it
// exists.
func SetUpvalue(fn heap.Value, n int, v heap.Value) (string, bool) {
	name, _, ok := Upvalue(fn, n)
	if !ok {
		return "", false
	}
	if fn.Kind() == heap.KindClosure {
		fn.AsClosure().Upvalues[n-1].Set(v)
	} else {
		fn.AsBuiltin().Upvalues[n-1] = v
	}
	return name, true
}

// ActiveLines returns the lines of a Lua function that hold code, for
// debug.getinfo's activelines.
func ActiveLines(cl *heap.Closure) []int {
	p := cl.Proto
	var lines []int
	start := 0
	if p.IsVararg {
		start = 1 // the line of VARARGPREP is not a line of the function's body
	}
	for pc := start; pc < len(p.LineInfo); pc++ {
		lines = append(lines, int(p.LineInfo[pc]))
	}
	return lines
}

// hookedReturn runs the return hook before the innermost frame returns res, which is
// copied first since the hook may use the stack where it lies. Results a builtin
// returns from outside the stack are put on its top for the hook, as they lie in Lua.
func (m *VM) hookedReturn(res []heap.Value) []heap.Value {
	saved := append([]heap.Value(nil), res...)
	first := m.stackIndex(res)
	if first == 0 && len(res) > 0 {
		th := m.th
		top := th.Top
		m.ensureStack(top + len(res) + stackSlack)
		first = top
		th.Top += copy(th.Stack[top:], saved)
		defer func() { th.Top = top }()
	}
	m.hookReturn(first, len(res))
	return saved
}

// stackIndex returns the index in the running thread's stack where vals starts, or 0
// when vals is empty or does not lie in the stack.
func (m *VM) stackIndex(vals []heap.Value) int {
	st := m.th.Stack
	if len(vals) == 0 || len(st) == 0 {
		return 0
	}
	start := uintptr(unsafe.Pointer(&st[0]))
	p := uintptr(unsafe.Pointer(&vals[0]))
	size := unsafe.Sizeof(st[0])
	if p < start || p >= start+uintptr(len(st))*size {
		return 0
	}
	return int((p - start) / size)
}

// callWithFlags is Call with flags for the called function's frame.
func (m *VM) callWithFlags(fn heap.Value, flags heap.FrameFlags, args ...heap.Value) []heap.Value {
	m.callFlags = flags
	return m.Call(fn, args...)
}
