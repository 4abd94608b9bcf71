// This file drives runs of the dispatch loop and unwinds errors.
//
// A run starts when Go calls into the VM (the host, or a builtin through Call): the
// called function's frame is flagged as the run's boundary, and the run ends when that
// frame returns. Errors raised inside a run are recovered here, never deeper, and go to
// the first of:
//
//   - the innermost protected frame (pcall, xpcall) of the running thread above the
//     boundary: xpcall's message handler is first called on top of the failing frames
//     (and again for an error in the handler),
//     then the frames above the protected one are dropped, the pending to-be-closed
//     variables are closed (each __close is a call, so it may itself fail or yield), and
//     the protected builtin's continuation receives the error;
//   - the resumer of the running coroutine, when the error ends it: the coroutine dies
//     and coroutine.resume returns false and the error;
//   - the caller of the run: the frames are dropped, to-be-closed variables closed, and
//     the error re-raised as a Go panic past the boundary.

package vm

import (
	"github.com/pluto-go/pluto-go/heap"
)

// runInfo describes a run of the VM loop in progress.
type runInfo struct {
	th    *heap.Thread // the thread the run started on
	depth int          // the index of the run's boundary frame in th.Frames
	fn    int          // the stack index of the boundary call's function
	// protected is set for a run started by PCall: as with lua_pcall without a
	// message handler, no handler of the frames below sees its errors.
	protected bool
}

// run executes start and then the dispatch loop until the innermost run's boundary
// frame returns, handling the errors raised on the way.
func (m *VM) run(start func()) {
	next := start
	for {
		t := m.protected(next)
		if t == nil {
			break
		}
		next = m.handleError(t)
	}
	m.stop = false
}

// protected runs f and then the dispatch loop, returning the Lua error that stopped
// them, if any. Panics other than Lua errors go on.
func (m *VM) protected(f func()) (t *throw) {
	defer func() {
		if r := recover(); r != nil {
			tt, ok := r.(*throw)
			if !ok {
				panic(r)
			}
			t = tt
			m.after = afterState{}
		}
	}()
	f()
	if !m.stop {
		m.execute()
	}
	return nil
}

// handleError decides where error t goes and returns the step that delivers it inside
// the run, or re-raises it past the run's boundary.
func (m *VM) handleError(t *throw) func() {
	run := m.runs[len(m.runs)-1]
	th := m.th
	lowest := 0
	if th == run.th {
		lowest = run.depth
	}
	if t.hostErr == nil {
		if i := protectedFrame(th, lowest); i >= 0 {
			if t.noHandler {
				return func() { m.unwindTo(i, t.value) }
			}
			return func() { m.catch(i, t.value) }
		}
	}
	if th != run.th {
		// The error ends the coroutine, and its resumer gets it: a Lua error as the
		// outcome of the resume, a host error (the step limit) to handle in turn.
		th.Status = heap.StatusDead
		th.Err, th.Failed = t.value, true
		if t.hostErr != nil && t.traceback == "" {
			t.traceback = m.Traceback(th, 0)
		}
		m.switchToResumer()
		if t.hostErr != nil {
			return func() { panic(t) }
		}
		return func() { m.deliver(false, []heap.Value{t.value}) }
	}
	if t.hostErr == nil {
		if h := m.outerHandler(th); !t.noHandler && !h.IsNil() {
			// As in Lua, the handler runs where the error happened, above the frames
			// of the calls from Go that the error will leave.
			return func() { m.callHandler(h, t.value) }
		}
	}
	if t.traceback == "" && protectedFrame(th, 0) < 0 {
		t.traceback = m.Traceback(th, 0)
	}
	// The boundary frame is missing when its call failed before pushing it (a stack
	// overflow calling a hook); the C call it counts was entered all the same.
	level := run.fn
	m.unwoundC(run.depth)
	if run.depth >= len(th.Frames) {
		m.leaveC(1)
	}
	th.Frames = th.Frames[:min(run.depth, len(th.Frames))]
	if len(th.Stack) > stackLimit && level+stackSlack*4 < maxStack {
		th.Resize(stackLimit)
	}
	if t.hostErr == nil {
		t.value, _ = m.closeSync(level, t.value, true)
	} else {
		th.CloseUpvalues(level)
	}
	th.Top = level
	panic(t)
}

// protectedFrame returns the index of the innermost frame of th at or above lowest that
// catches errors, or -1.
func protectedFrame(th *heap.Thread, lowest int) int {
	for i := len(th.Frames) - 1; i >= lowest; i-- {
		if fr := &th.Frames[i]; fr.Flags&heap.FrameProtected != 0 && fr.Cont != nil {
			return i
		}
	}
	return -1
}

// catch delivers error err to the protected frame at index i of the running thread,
// calling its message handler first if it has one. An error in the handler calls the
// handler again, on top of it, as in Lua, until the limit of nested calls makes the
// error "error in error handling".
func (m *VM) catch(i int, err heap.Value) {
	th := m.th
	h := handlerAt(th, 0, i)
	if h.IsNil() {
		m.unwindTo(i, err)
		return
	}
	m.callHandler(h, err)
}

// callHandler calls message handler h with err on top of the running thread's frames.
func (m *VM) callHandler(h, err heap.Value) {
	th := m.th
	at := th.Top
	if top := th.CurrentFrame().Top; top > at {
		at = top
	}
	m.ensureStack(at + 2 + stackSlack)
	th.Stack[at], th.Stack[at+1] = h, err
	th.Top = at + 2
	m.precallC(at, 1, heap.FrameHandler)
}

// outerHandler returns the message handler of the innermost protected frame of th,
// when that frame is below the running run and has one, or nil. Frames below the
// innermost run PCall started on th are not searched: a host's protected call has no
// message handler.
func (m *VM) outerHandler(th *heap.Thread) heap.Value {
	floor := 0
	for i := len(m.runs) - 1; i >= 0; i-- {
		if r := m.runs[i]; r.protected && r.th == th {
			floor = r.depth
			break
		}
	}
	return handlerAt(th, floor, len(th.Frames)-1)
}

// handlerAt returns the message handler of the innermost protected frame of th at or
// below index i (the function in its Ctx, as xpcall keeps it, or the handler below it
// for a frame that keeps the handler in force), or nil.
func handlerAt(th *heap.Thread, floor, i int) heap.Value {
	for ; i >= floor; i-- {
		fr := &th.Frames[i]
		switch {
		case fr.Flags&heap.FrameProtected == 0 || fr.Cont == nil:
		case fr.Flags&heap.FrameKeepsHandler != 0:
		case fr.Ctx.IsFunction():
			return fr.Ctx
		default:
			return heap.Nil
		}
	}
	return heap.Nil
}

// MessageHandler returns the message handler an error raised now by the running builtin
// would go through, or nil, as a builtin that reports errors itself (load) needs it.
func (m *VM) MessageHandler() heap.Value {
	return m.outerHandler(m.th)
}

// handlerReturned continues the unwinding after a message handler returned its result
// at stack[fn:fn+n].
func (m *VM) handlerReturned(fn, n int) {
	th := m.th
	err := heap.Nil
	if n > 0 {
		err = th.Stack[fn]
	}
	lowest := 0
	if run := m.runs[len(m.runs)-1]; run.th == th {
		lowest = run.depth
	}
	i := protectedFrame(th, lowest)
	if i < 0 {
		// The handler is that of a protected frame outside this run (handleError).
		panic(&throw{value: err, noHandler: true})
	}
	m.unwindTo(i, err)
}

// unwindTo drops the frames above the protected frame at index i, closes the upvalues
// above it and starts closing its pending to-be-closed variables.
func (m *VM) unwindTo(i int, err heap.Value) {
	th := m.th
	level := th.Frames[i].Top
	m.unwoundC(i + 1)
	th.Frames = th.Frames[:i+1]
	th.CloseUpvalues(level)
	if len(th.Stack) > stackLimit && level+stackSlack*4 < maxStack {
		th.Resize(stackLimit) // give back the room kept for handling a stack overflow
	}
	m.ensureStack(level + 4 + stackSlack)
	th.Stack[level] = err
	th.Top = level + 1
	m.continueUnwind()
}

// continueUnwind closes the next pending to-be-closed variable above the protected
// frame on top of the running thread, or, when none is left, hands the error (kept at
// the frame's top slot) to the frame's continuation.
func (m *VM) continueUnwind() {
	th := m.th
	fr := th.CurrentFrame()
	level := fr.Top
	err := th.Stack[level]
	if n := len(th.TBC); n > 0 && th.TBC[n-1] >= level {
		idx := th.TBC[n-1]
		th.TBC = th.TBC[:n-1]
		v := th.Stack[idx]
		at := idx + 1
		m.ensureStack(at + 3 + stackSlack)
		th.Stack[at], th.Stack[at+1], th.Stack[at+2] = m.metamethod(v, eventClose), v, err
		th.Top = at + 3
		m.precallC(at, 0, heap.FrameFinalizing)
		return
	}
	th.Top = level
	k, ctx := fr.Cont, fr.Ctx
	fr.Cont, fr.Ctx = nil, heap.Nil
	m.afterBuiltin(k.Fn.(ContFunction)(m, ctx, false, th.Stack[level:level+1]))
}

// precallFlags is precall for a frame that gets the given flags.
func (m *VM) precallFlags(fn, nres int, flags heap.FrameFlags) {
	th := m.th
	for {
		f := th.Stack[fn]
		switch f.Kind() {
		case heap.KindClosure:
			m.pushLua(f.AsClosure(), fn, nres, flags)
			return
		case heap.KindBuiltin:
			m.callBuiltin(f.AsBuiltin(), fn, nres, flags)
			return
		}
		m.insertCallMeta(fn, f)
	}
}

// Interrupt makes the running Lua code raise the error "interrupted!" at its next call
// or backward jump, as the reference interpreter's Ctrl-C handler does: a pcall can
// catch it, and it carries the position of the interrupted function's caller. When no
// Lua code runs, the next code to run is interrupted. Unlike the VM's other methods,
// Interrupt is safe to call from any goroutine.
func (m *VM) Interrupt() { m.interrupt.Store(true) }

// PCall calls fn with args from Go like Call, but returns a Lua error as a
// *RuntimeError instead of raising it. The step limit, which no Lua code may catch, is
// returned only to the host: called from a builtin, PCall raises it on.
func (m *VM) PCall(fn heap.Value, args ...heap.Value) (res []heap.Value, err error) {
	th := m.th
	top := th.Top
	if m.nested == 0 && m.loading == 0 && m.cfg.maxSteps > 0 {
		m.steps = m.cfg.maxSteps
	}
	defer func() {
		if r := recover(); r != nil {
			t, ok := r.(*throw)
			if !ok {
				panic(r)
			}
			m.setThread(th)
			th.Top = top
			m.protectNext = false
			if t.hostErr != nil && m.nested > 0 {
				panic(&throw{value: t.value, hostErr: t.hostErr})
			}
			err = &RuntimeError{Value: t.value, Traceback: t.traceback, err: t.hostErr}
		}
	}()
	m.protectNext = true
	return m.Call(fn, args...), nil
}
