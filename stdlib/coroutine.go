// This file implements the coroutine library. The switching itself is the VM's
// (vm/coroutine.go); these functions check their arguments and shape the results.

package stdlib

import (
	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var coroutineFuncs = []libFunc{
	{"close", coClose},
	{"create", coCreate},
	{"isyieldable", coIsYieldable},
	{"resume", coResume},
	{"running", coRunning},
	{"status", coStatus},
	{"wrap", coWrap},
	{"yield", coYield},
}

func openCoroutine(m *vm.VM) heap.Value {
	t := heap.NewTable(0, len(coroutineFuncs))
	registerFuncs(m, t, "coroutine.", coroutineFuncs)
	m.RegisterInstance("coroutine.wrap.call", coWrapCall)
	m.RegisterContinuation("coroutine.resume.k", coResumeK)
	m.RegisterContinuation("coroutine.wrap.k", coWrapK)
	return heap.TableValue(t)
}

// checkThread returns argument i, which must be a coroutine.
func checkThread(m *vm.VM, args []heap.Value, i int) *heap.Thread {
	v := arg(args, i)
	if v.Kind() != heap.KindThread {
		typeError(m, args, i, "thread")
	}
	return v.AsThread()
}

func coCreate(m *vm.VM, args []heap.Value) []heap.Value {
	f := checkFunction(m, args, 1)
	return m.Return(heap.ThreadValue(m.NewCoroutine(f)))
}

func coResume(m *vm.VM, args []heap.Value) []heap.Value {
	co := checkThread(m, args, 1)
	if msg := m.ResumeError(co); msg != "" {
		return m.Return(heap.False, heap.String(msg))
	}
	k, _ := m.Continuation("coroutine.resume.k")
	return m.ResumeK(co, args[1:], k, heap.Nil)
}

func coResumeK(m *vm.VM, _ heap.Value, ok bool, res []heap.Value) []heap.Value {
	return m.ReturnWith(heap.Bool(ok), res)
}

func coYield(m *vm.VM, args []heap.Value) []heap.Value {
	return m.Yield(args)
}

func coStatus(m *vm.VM, args []heap.Value) []heap.Value {
	co := checkThread(m, args, 1)
	return m.Return(heap.String(statusOf(m, co)))
}

// statusOf returns co's status as coroutine.status names it.
func statusOf(m *vm.VM, co *heap.Thread) string {
	if co == m.CurrentThread() {
		return "running"
	}
	if co.Status == heap.StatusSuspended && len(co.Frames) == 0 && co.Top == 0 {
		return "dead"
	}
	return co.Status.String()
}

func coRunning(m *vm.VM, args []heap.Value) []heap.Value {
	th := m.CurrentThread()
	return m.Return(heap.ThreadValue(th), heap.Bool(th == m.MainThread()))
}

func coIsYieldable(m *vm.VM, args []heap.Value) []heap.Value {
	if isNone(args, 1) {
		return m.Return(heap.Bool(m.IsYieldable()))
	}
	co := checkThread(m, args, 1)
	return m.Return(heap.Bool(co != m.MainThread() && co.CCalls == 0))
}

func coWrap(m *vm.VM, args []heap.Value) []heap.Value {
	f := checkFunction(m, args, 1)
	co := m.NewCoroutine(f)
	return m.Return(heap.BuiltinValue(m.NewInstance("coroutine.wrap.call", heap.ThreadValue(co))))
}

func coWrapCall(m *vm.VM, args []heap.Value) []heap.Value {
	co := stateThread(m, "coroutine.wrap", stateUpvalues(m, "coroutine.wrap", 1)[0])
	if msg := m.ResumeError(co); msg != "" {
		raise(m, heap.String(msg), 1)
	}
	k, _ := m.Continuation("coroutine.wrap.k")
	return m.ResumeK(co, args, k, heap.ThreadValue(co))
}

func coWrapK(m *vm.VM, ctx heap.Value, ok bool, res []heap.Value) []heap.Value {
	if ok {
		return res
	}
	err := first(res)
	co := stateThread(m, "coroutine.wrap", ctx)
	if co.Status == heap.StatusDead {
		err, _ = m.CloseThread(co, err, true)
	}
	raise(m, err, 1)
	return nil
}

func coClose(m *vm.VM, args []heap.Value) []heap.Value {
	co := checkThread(m, args, 1)
	switch statusOf(m, co) {
	case "dead", "suspended":
		err, failed := m.CloseThread(co, co.Err, co.Failed)
		co.Err, co.Failed = heap.Nil, false
		if failed {
			return m.Return(heap.False, err)
		}
		return m.Return(heap.True)
	case "running":
		m.Errorf("cannot close a running coroutine")
	}
	m.Errorf("cannot close a normal coroutine")
	return nil
}
