// This file implements coroutine switches. A coroutine is a heap.Thread; resuming one
// makes it the running thread of the same dispatch loop, and yielding or finishing
// switches back to the thread that resumed it, handing values to the continuation of
// that thread's waiting builtin (coroutine.resume or a coroutine.wrap function). No
// goroutine and no Go recursion is involved, so a suspended coroutine is plain data.

package vm

import (
	"github.com/pluto-go/pluto-go/heap"
)

// ResumeK asks the VM to resume co with vals; when co yields, returns or fails,
// continuation k of the running builtin gets ctx and, with ok, the values yielded or
// returned, or, without, the error value. The builtin must return ResumeK's result at
// once. The caller checks that co can be resumed.
func (m *VM) ResumeK(co *heap.Thread, vals []heap.Value, k *heap.Continuation, ctx heap.Value) []heap.Value {
	fr := m.th.CurrentFrame()
	fr.Cont, fr.Ctx = k, ctx
	m.req = request{kind: reqResume, co: co, vals: vals}
	return nil
}

// Resume resumes co from the host with args, as coroutine.resume does from Lua, and
// returns what it yields or, when its function returns, what that returns; co's
// Status then says which. An error that ends the coroutine is returned as a
// *RuntimeError with the coroutine's traceback, and so is a coroutine that cannot be
// resumed, with coroutine.resume's message. Like coroutine.resume, Resume stops only
// the coroutine: the caller may go on using the VM.
func (m *VM) Resume(co *heap.Thread, args ...heap.Value) ([]heap.Value, error) {
	res, err := m.PCall(heap.BuiltinValue(m.builtins[hostResumeName]),
		append([]heap.Value{heap.ThreadValue(co)}, args...)...)
	switch {
	case err != nil:
		return nil, err
	case res[0].IsFalsy():
		return nil, &RuntimeError{Value: res[1], Traceback: m.Traceback(co, 0)}
	}
	return res[1:], nil
}

// hostResumeName is the builtin behind [VM.Resume]. Like every builtin it is named,
// but no snapshot holds it: it runs only under a call from the host.
const hostResumeName = "vm.resume"

// registerHostResume registers the builtin behind [VM.Resume] and its continuation.
func (m *VM) registerHostResume() {
	k := m.RegisterContinuation(hostResumeName+".k",
		func(m *VM, _ heap.Value, ok bool, res []heap.Value) []heap.Value {
			return m.ReturnWith(heap.Bool(ok), res)
		})
	m.Register(hostResumeName, func(m *VM, args []heap.Value) []heap.Value {
		co := args[0].AsThread()
		if msg := m.ResumeError(co); msg != "" {
			return m.Return(heap.False, heap.String(msg))
		}
		return m.ResumeK(co, args[1:], k, heap.Nil)
	})
}

// Yield asks the VM to suspend the running coroutine, handing vals to its resumer; the
// values of the next resume become the builtin's results. The builtin must return
// Yield's result at once. Where the running thread cannot yield (see [VM.CheckYield]),
// Yield raises Lua's error instead.
func (m *VM) Yield(vals []heap.Value) []heap.Value {
	m.CheckYield()
	m.req = request{kind: reqYield, vals: vals}
	return nil
}

// IsYieldable reports whether the running thread can yield: it is a coroutine and no
// call from Go is in progress on it.
func (m *VM) IsYieldable() bool { return m.th != m.main && m.th.CCalls == 0 }

// resume switches to co, passing vals to its function (first resume) or as the results
// of the yield it is suspended in.
func (m *VM) resume(co *heap.Thread, vals []heap.Value) {
	from := m.th
	from.Status = heap.StatusNormal
	m.resumers = append(m.resumers, resumer{th: from, cLevel: m.cLevel, cBase: m.cBase})
	m.cLevel++
	m.cBase = m.cLevel
	m.setThread(co)
	co.Status = heap.StatusRunning
	if len(co.Frames) == 0 {
		if m.cLevel >= maxCCalls {
			// Lua checks the limit again when it calls the body, which kills co.
			m.runError("C stack overflow")
		}
		m.ensureStack(1 + len(vals) + stackSlack)
		copy(co.Stack[1:], vals)
		co.Top = 1 + len(vals)
		m.precall(0, heap.MultRet)
		return
	}
	co.CurrentFrame().Flags &^= heap.FrameYielded
	m.ret(vals)
}

// yield suspends the running coroutine in its yield builtin's frame and delivers vals
// to its resumer.
func (m *VM) yield(vals []heap.Value) {
	co := m.th
	co.Status = heap.StatusSuspended
	co.CurrentFrame().Flags |= heap.FrameYielded
	m.switchToResumer()
	m.deliver(true, vals)
}

// finishThread ends the running coroutine, whose function returned the values at
// stack[fn:fn+n], and delivers them to its resumer.
func (m *VM) finishThread(fn, n int) {
	co := m.th
	co.Status = heap.StatusDead
	m.switchToResumer()
	m.deliver(true, co.Stack[fn:fn+n])
}

// switchToResumer makes the thread that resumed the running one the running thread.
func (m *VM) switchToResumer() {
	r := m.resumers[len(m.resumers)-1]
	m.resumers = m.resumers[:len(m.resumers)-1]
	m.cLevel, m.cBase, m.cFailed = r.cLevel, r.cBase, 0
	r.th.Status = heap.StatusRunning
	m.setThread(r.th)
}

// deliver hands the outcome of a resume to the continuation of the running thread's
// waiting builtin.
func (m *VM) deliver(ok bool, vals []heap.Value) {
	fr := m.th.CurrentFrame()
	k, ctx := fr.Cont, fr.Ctx
	fr.Cont, fr.Ctx = nil, heap.Nil
	m.afterBuiltin(k.Fn.(ContFunction)(m, ctx, ok, vals))
}

// CloseThread closes a suspended or dead coroutine: its pending to-be-closed variables
// are closed (by calls from Go, on the coroutine's own stack) with the error it died
// of, if any, and it becomes dead. It returns the final error and whether there was
// one.
func (m *VM) CloseThread(co *heap.Thread, err heap.Value, failed bool) (heap.Value, bool) {
	saved := m.th
	m.setThread(co)
	defer m.setThread(saved)
	err, failed = m.closeSync(0, err, failed)
	co.Frames = co.Frames[:0]
	co.Top = 0
	co.Status = heap.StatusDead
	return err, failed
}
