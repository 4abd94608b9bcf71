// This file implements calls and returns: setting up a frame for a Lua function, running
// a builtin, delivering results to whatever waits for them, and the requests by which a
// builtin asks the VM to call Lua code for it (CallK), yield or resume a coroutine.
//
// A Lua-to-Lua call never recurses in Go: precall pushes a frame and the dispatch loop
// carries on with it. A builtin runs on the Go stack, but when it needs Lua code to run
// and be able to yield, it returns a request instead of calling: the VM pushes the
// callee, and when the callee returns, ret runs the builtin's continuation (a named
// function with plain state) with the results. After any such step the innermost frame of
// the running thread is a Lua frame ready to run, unless the run has reached its boundary
// (m.stop).

package vm

import (
	"io"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
)

// maxStack is the largest stack a thread may have, in slots (LUAI_MAXSTACK).
const maxStack = 1000000

// stackSlack is the room kept above a Lua frame's registers for the calls of metamethods
// and the 8-bit register window of the dispatch loop.
const stackSlack = heap.MaxArgA + 1 + 8

// minStack is the room Lua guarantees a builtin above its arguments (LUA_MINSTACK);
// only the stack limit depends on it.
const minStack = 20

// maxNested is the limit of nested Go calls into the VM (LUAI_MAXCCALLS).
const maxNested = 200

type requestKind uint8

const (
	reqNone requestKind = iota
	reqCall
	reqYield
	reqResume
)

// request is what a builtin asked for in place of returning results.
type request struct {
	kind requestKind
	fn   int // reqCall: stack index of the function to call, arguments above it
	nres int // reqCall: results wanted
	co   *heap.Thread
	vals []heap.Value // reqYield, reqResume: the values to transfer
}

// Return returns vals as the results of a builtin, through a buffer of the VM so that
// returning allocates nothing. The buffer is reused by the next Return.
func (m *VM) Return(vals ...heap.Value) []heap.Value {
	m.retBuf = append(m.retBuf[:0], vals...)
	return m.retBuf
}

// ReturnWith returns v followed by rest as a builtin's results, like Return.
func (m *VM) ReturnWith(v heap.Value, rest []heap.Value) []heap.Value {
	m.retBuf = append(append(m.retBuf[:0], v), rest...)
	return m.retBuf
}

// CurrentBuiltin returns the builtin the running thread's innermost frame runs, or nil.
func (m *VM) CurrentBuiltin() *heap.Builtin {
	if fr := m.th.CurrentFrame(); fr != nil {
		return fr.Builtin
	}
	return nil
}

// Warn emits a warning through the VM's warning system, as Lua's warn does: "@on" and
// "@off" switch warnings on and off; other messages are written to Stderr as
// "Lua warning: msg" when warnings are on.
func (m *VM) Warn(msg string) {
	switch {
	case msg == "@on":
		m.warnOn = true
	case msg == "@off":
		m.warnOn = false
	case len(msg) > 0 && msg[0] == '@':
	default:
		if i := strings.IndexByte(msg, 0); i >= 0 {
			msg = msg[:i] // lua.c writes the message as a C string
		}
		if m.warnOn {
			io.WriteString(m.cfg.stderr, "Lua warning: "+msg+"\n")
		}
	}
}

// CallK asks the VM to call fn with args and, when it returns, to run continuation k
// of the running builtin with ctx and the results (nres of them, or all for
// heap.MultRet). If fn raises an error and the builtin's frame is protected (see
// [VM.Protect]), k runs with ok false and the error value. The builtin must return
// CallK's result at once. Lua code called this way may yield.
func (m *VM) CallK(fn heap.Value, args []heap.Value, nres int, k *heap.Continuation, ctx heap.Value) []heap.Value {
	th := m.th
	fr := th.CurrentFrame()
	fr.Cont, fr.Ctx = k, ctx
	at := fr.Top
	th.Top = at
	m.ensureStack(at + 1 + len(args) + stackSlack)
	th.Stack[at] = fn
	copy(th.Stack[at+1:], args)
	th.Top = at + 1 + len(args)
	m.req = request{kind: reqCall, fn: at, nres: nres}
	return nil
}

// Protect marks the running builtin's frame as catching errors raised by the functions
// it calls through CallK, as pcall does.
func (m *VM) Protect() {
	m.th.CurrentFrame().Flags |= heap.FrameProtected
}

// ProtectKeepingHandler is Protect for a builtin that, like load, catches errors but
// lets them go through the message handler in force first (see [VM.MessageHandler]).
func (m *VM) ProtectKeepingHandler() {
	m.th.CurrentFrame().Flags |= heap.FrameProtected | heap.FrameKeepsHandler
}

// ensureStack makes the running thread's stack at least size slots long, raising
// "stack overflow" past the limit. Every size asked for includes stackSlack, which
// Lua does not have, so the limit is Lua's plus stackSlack: a recursion overflows at
// the depth it does in Lua.
func (m *VM) ensureStack(size int) {
	th := m.th
	if size <= len(th.Stack) {
		return
	}
	if size > stackLimit {
		if len(th.Stack) > stackLimit {
			// Already using the room kept for handling a stack overflow.
			panic(&throw{value: heap.String("error in error handling"), noHandler: true})
		}
		th.Resize(stackLimit + errorStackExtra)
		m.runError("stack overflow")
	}
	th.Resize(min(max(2*len(th.Stack), size), stackLimit))
}

// stackLimit is the largest stack a thread may have outside of handling a stack overflow.
const stackLimit = maxStack + stackSlack

// errorStackExtra is the room granted beyond stackLimit to handle a stack overflow error.
const errorStackExtra = 2 * stackSlack

// precall calls the value at stack index fn with the arguments above it up to the
// thread's top, wanting nres results. A Lua function gets a new frame for the dispatch
// loop to run; a builtin runs at once and its results are delivered.
func (m *VM) precall(fn, nres int) {
	th := m.th
	for {
		f := th.Stack[fn]
		switch f.Kind() {
		case heap.KindClosure:
			m.pushLua(f.AsClosure(), fn, nres, 0)
			return
		case heap.KindBuiltin:
			m.callBuiltin(f.AsBuiltin(), fn, nres, 0)
			return
		}
		m.insertCallMeta(fn, f)
	}
}

// insertCallMeta replaces a non-function value about to be called with its __call
// metamethod, the value becoming the first argument.
func (m *VM) insertCallMeta(fn int, f heap.Value) {
	th := m.th
	tm := m.metamethod(f, eventCall)
	if tm.IsNil() {
		m.callError(f, m.callOperand(fn))
	}
	m.ensureStack(th.Top + 1 + stackSlack)
	copy(th.Stack[fn+1:th.Top+1], th.Stack[fn:th.Top])
	th.Stack[fn] = tm
	th.Top++
}

// callOperand returns the operand describing the function slot fn of the current Lua
// frame, for error messages.
func (m *VM) callOperand(fn int) operand {
	fr := m.th.CurrentFrame()
	if fr == nil || !fr.IsLua() {
		return operand{}
	}
	return reg(fn - fr.Base)
}

// pushLua pushes a frame running closure cl whose function slot is fn, with the
// arguments above it up to the thread's top.
func (m *VM) pushLua(cl *heap.Closure, fn, nres int, flags heap.FrameFlags) {
	th := m.th
	p := cl.Proto
	base := fn + 1
	m.ensureStack(max(th.Top, base) + p.MaxStackSize + stackSlack)
	for i := th.Top; i < base+p.NumParams; i++ {
		th.Stack[i] = heap.Nil
	}
	if th.Top < base+p.NumParams {
		th.Top = base + p.NumParams
	}
	th.Frames = append(th.Frames, heap.Frame{
		Closure: cl, Func: fn, Base: base, Top: base + p.MaxStackSize, NResults: nres,
		Flags: flags,
	})
	if m.hook != nil && !p.IsVararg {
		m.hookCall(th.CurrentFrame())
	}
}

// callBuiltin runs builtin b whose function slot is fn, with the arguments above it up
// to the thread's top, and delivers its results or carries out its request.
func (m *VM) callBuiltin(b *heap.Builtin, fn, nres int, flags heap.FrameFlags) {
	th := m.th
	m.ensureStack(th.Top + minStack + stackSlack)
	th.Frames = append(th.Frames, heap.Frame{
		Builtin: b, Func: fn, Base: fn + 1, Top: th.Top, NResults: nres, Flags: flags,
	})
	if m.hook != nil {
		m.hookCall(th.CurrentFrame())
	}
	f, ok := b.Fn.(Function)
	if !ok {
		m.runError("attempt to call builtin '%s' with no implementation", b.Name)
	}
	m.afterBuiltin(f(m, th.Stack[fn+1:th.Top]))
}

// afterBuiltin handles what a builtin or continuation returned: results, or a request.
//
// Handling one can run another builtin or continuation, whose outcome comes back here:
// a continuation calling a builtin in a loop (gsub with string.upper, a sort with a
// builtin comparator) would nest Go calls without bound. So only the outermost
// afterBuiltin works; a nested one records its outcome as pending, and the outer one
// takes it up in its loop.
func (m *VM) afterBuiltin(res []heap.Value) {
	req := m.req
	m.req = request{}
	if m.after.active {
		m.after.pending, m.after.res, m.after.req = true, res, req
		return
	}
	m.after.active = true
	for {
		switch req.kind {
		case reqNone:
			m.ret(res)
		case reqCall:
			m.precallC(req.fn, req.nres, 0)
		case reqYield:
			m.yield(req.vals)
		case reqResume:
			m.resume(req.co, req.vals)
		}
		if !m.after.pending {
			break
		}
		res, req = m.after.res, m.after.req
		m.after = afterState{active: true}
	}
	m.after.active = false
}

// afterState is the bookkeeping of afterBuiltin's loop.
type afterState struct {
	active  bool         // an afterBuiltin loop is running
	pending bool         // a nested afterBuiltin left an outcome for it
	res     []heap.Value // that outcome
	req     request
}

// ret finishes the innermost frame of the running thread with results res (which may
// alias the stack): it moves them to the frame's function slot, adjusted to the number
// the caller wants, pops the frame and hands control to what waits for it.
func (m *VM) ret(res []heap.Value) {
	if m.hook != nil {
		res = m.hookedReturn(res)
	}
	th := m.th
	fr := &th.Frames[len(th.Frames)-1]
	fn, want, flags := fr.Func, fr.NResults, fr.Flags
	n := len(res)
	if want == heap.MultRet {
		want = n
	}
	if fn+want+stackSlack > len(th.Stack) {
		m.ensureStack(fn + want + stackSlack)
	}
	copy(th.Stack[fn:fn+min(n, want)], res)
	for i := fn + n; i < fn+want; i++ {
		th.Stack[i] = heap.Nil
	}
	th.Top = fn + want
	th.Frames = th.Frames[:len(th.Frames)-1]
	if flags&heap.FrameCCall != 0 {
		m.leaveC(1)
	}
	m.returned(fn, want, flags)
}

// returned hands the results of a finished frame, at stack[fn:fn+n], to what waits for
// them: a Lua caller, a builtin's continuation, the host at a run boundary, or the
// resumer of a finished coroutine.
func (m *VM) returned(fn, n int, flags heap.FrameFlags) {
	th := m.th
	switch {
	case flags&heap.FrameBoundary != 0:
		m.stop = true
		return
	case flags&heap.FrameFinalizing != 0:
		m.continueUnwind()
		return
	case flags&heap.FrameHandler != 0:
		m.handlerReturned(fn, n)
		return
	case len(th.Frames) == 0:
		m.finishThread(fn, n)
		return
	}
	caller := &th.Frames[len(th.Frames)-1]
	if caller.IsLua() {
		switch caller.Closure.Proto.Code[caller.PC-1].OpCode() {
		case heap.OpCall, heap.OpTForCall:
		case heap.OpTailCall:
			m.ret(th.Stack[fn : fn+n])
		default:
			m.finishOp(caller, fn)
		}
		return
	}
	k := caller.Cont
	if k == nil {
		panic("internal error: a builtin frame received results it did not ask for")
	}
	caller.Cont = nil
	ctx := caller.Ctx
	caller.Ctx = heap.Nil
	m.afterBuiltin(k.Fn.(ContFunction)(m, ctx, true, th.Stack[fn:fn+n]))
}

// Call calls fn with args from Go and returns its results, like lua_call: the call
// runs to completion on the Go stack, so Lua code it runs cannot yield across it. Errors
// propagate as Lua errors (to the enclosing pcall, or to the host). The call runs above
// the innermost frame's registers and leaves the stack top where it found it, so that a
// hook can run before an instruction that takes its operands up to the top.
func (m *VM) Call(fn heap.Value, args ...heap.Value) []heap.Value {
	th := m.th
	if m.nested >= maxNested {
		m.Errorf("C stack overflow")
	}
	m.nested++
	th.CCalls++
	defer func() { m.nested--; th.CCalls-- }()

	saved, top := th.Top, th.Top
	if fr := th.CurrentFrame(); fr != nil && fr.Top > top {
		top = fr.Top
	}
	m.ensureStack(top + 1 + len(args) + stackSlack)
	th.Stack[top] = fn
	copy(th.Stack[top+1:], args)
	th.Top = top + 1 + len(args)
	m.callBoundary(top)
	var res []heap.Value
	if n := th.Top - top; n > 0 {
		res = make([]heap.Value, n)
		copy(res, th.Stack[top:th.Top])
	}
	th.Top = saved
	return res
}

// callBoundary calls the function at stack index fn of the running thread, with all
// results, as the boundary of a new run, and runs the VM until it returns.
func (m *VM) callBoundary(fn int) {
	th := m.th
	depth := len(th.Frames)
	flags := m.callFlags | heap.FrameBoundary | heap.FrameCCall
	m.callFlags = 0
	// A value that cannot be called fails here, where the caller is, before the run.
	for f := th.Stack[fn]; !f.IsFunction(); f = th.Stack[fn] {
		m.insertCallMeta(fn, f)
	}
	m.enterC()
	m.runs = append(m.runs, runInfo{th: th, depth: depth, fn: fn, protected: m.protectNext})
	m.protectNext = false
	savedAfter := m.after
	m.after = afterState{}
	defer func() {
		m.runs = m.runs[:len(m.runs)-1]
		m.after = savedAfter
	}()
	m.run(func() { m.precallFlags(fn, heap.MultRet, flags) })
}
