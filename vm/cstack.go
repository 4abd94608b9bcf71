// This file counts nested calls the way Lua counts its C calls (nCcalls), so that
// recursion through pcall, metamethods, iterators or callbacks of builtins ends in
// Lua's "C stack overflow" at the same depth, although none of it nests Go calls here.
//
// Lua counts a call made through luaD_call: from a builtin or the host, and from the VM
// itself for a metamethod, a generic for's iterator, a message handler or a __close. A
// call from Lua code to any function does not count: it runs in the same loop. Such
// calls push frames flagged heap.FrameCCall; cLevel goes up when one is pushed and down
// when it is popped or unwound. A resumed coroutine starts one above its resumer and
// never goes below that while it runs, as the C calls it was suspended in are gone in
// Lua once it yielded.

package vm

import "github.com/pluto-go/pluto-go/heap"

// maxCCalls is Lua's limit of nested C calls (LUAI_MAXCCALLS). A call reaching it
// raises "C stack overflow"; the calls made while handling that error may go on to
// maxCCalls/10*11, past which the error is "error in error handling".
const maxCCalls = 200

// resumer is a thread waiting in a resume, with the call counts to restore when the
// coroutine it resumed yields, returns or fails.
type resumer struct {
	th            *heap.Thread
	cLevel, cBase int
}

// enterC counts a call about to push a frame flagged heap.FrameCCall, raising Lua's
// error when the limit is reached. A refused call stays counted until the error is
// unwound, as in Lua, so that its handlers get the room above the limit.
func (m *VM) enterC() {
	m.cLevel++
	switch {
	case m.cLevel == maxCCalls:
		m.cFailed++
		m.runError("C stack overflow")
	case m.cLevel >= maxCCalls/10*11:
		m.cFailed++
		panic(&throw{value: heap.String("error in error handling"), noHandler: true})
	}
}

// precallC is precall for a call Lua counts as a C call.
func (m *VM) precallC(fn, nres int, flags heap.FrameFlags) {
	m.enterC()
	m.precallFlags(fn, nres, flags|heap.FrameCCall)
}

// leaveC uncounts n popped frames flagged heap.FrameCCall.
func (m *VM) leaveC(n int) {
	m.cLevel = max(m.cLevel-n, m.cBase)
}

// unwoundC uncounts the flagged frames of the running thread from index i on, which an
// error is dropping, and the calls refused since the last unwinding.
func (m *VM) unwoundC(i int) {
	n := m.cFailed
	m.cFailed = 0
	for j := i; j < len(m.th.Frames); j++ {
		if m.th.Frames[j].Flags&heap.FrameCCall != 0 {
			n++
		}
	}
	m.leaveC(n)
}

// IsCStackFull reports whether a coroutine resumed now would exceed Lua's limit of
// nested C calls, so that coroutine.resume must fail with "C stack overflow".
func (m *VM) IsCStackFull() bool { return m.cLevel >= maxCCalls }
