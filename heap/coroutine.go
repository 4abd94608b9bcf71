// This file defines Thread, a Lua coroutine: a value stack, a stack of call frames and
// the bookkeeping of open upvalues and to-be-closed variables.
//
// A thread is plain data. A Lua-to-Lua call pushes a Frame; it never recurses in Go, so
// a suspended thread is entirely described by its fields and can be persisted, moved and
// resumed by any VM. Coroutines are threads, never goroutines.
//
// Stack layout of a frame running a Lua function:
//
//	... | func | fixed params / registers ...        | call area ...
//	      ^Func  ^Base                                  ^Top
//
// A vararg function's frame starts as any other; OP_VARARGPREP then moves its fixed
// parameters above the arguments, leaving the NExtra extra arguments in place after
// the (cleared) fixed parameters' slots, and one slot with a copy of the function,
// which Lua has there too, below the new Base. A builtin's frame has its arguments from Base to
// Top. The stack grows by reallocation; the open upvalues are repointed when it does.

package heap

// ThreadStatus is the state of a coroutine as coroutine.status reports it.
type ThreadStatus uint8

// The coroutine states.
const (
	// StatusSuspended is a coroutine not started or stopped in a yield.
	StatusSuspended ThreadStatus = iota
	// StatusRunning is the coroutine that is executing.
	StatusRunning
	// StatusNormal is a coroutine that resumed another one and waits for it.
	StatusNormal
	// StatusDead is a coroutine that returned, failed or was closed.
	StatusDead
)

var statusNames = [...]string{"suspended", "running", "normal", "dead"}

// String returns the status as coroutine.status spells it.
func (s ThreadStatus) String() string { return statusNames[s] }

// MultRet in Frame.NResults asks for all results.
const MultRet = -1

// FrameFlags mark properties of a frame.
type FrameFlags uint16

// Frame flags.
const (
	// FrameTailCall marks a frame entered by a tail call (tracebacks show "(...tail
	// calls...)" below it).
	FrameTailCall FrameFlags = 1 << iota
	// FrameProtected marks a builtin frame that catches errors raised above it (pcall,
	// xpcall); its continuation receives the error.
	FrameProtected
	// FrameBoundary marks the bottom frame of a run of the VM loop started by the host;
	// returning from it hands the results back to Go.
	FrameBoundary
	// FrameHook marks a frame running a debug hook.
	FrameHook
	// FrameFinalizing marks a call to a __close metamethod made while unwinding.
	FrameFinalizing
	// FrameYielded marks the builtin frame of a suspended coroutine's yield: the values
	// passed to the next resume become its results.
	FrameYielded
	// FrameNegate marks a Lua frame whose pending comparison computes a <= b as
	// not (b < a), for lack of an __le metamethod: its result must be negated.
	FrameNegate
	// FrameHandler marks a call of a message handler (xpcall's) made at the point of an
	// error, before unwinding.
	FrameHandler
	// FrameCCall marks a frame entered by a call that Lua counts against its limit of
	// nested C calls: a call from a builtin or the host, or one the VM makes for a
	// metamethod, a generic for's iterator, a message handler or a __close.
	FrameCCall
	// FrameKeepsHandler marks a protected builtin frame whose errors still go through
	// the message handler of the protected frame below it, as Lua's load keeps the
	// running message handler while it reads and compiles a chunk.
	FrameKeepsHandler
	// FrameGC marks a call of a __gc metamethod made by the collector.
	FrameGC
)

// Frame is one activation record of a thread's call stack.
type Frame struct {
	// Closure is the Lua function the frame runs; nil for a builtin frame.
	Closure *Closure
	// Builtin is the builtin the frame runs; nil for a Lua frame.
	Builtin *Builtin
	// Func is the stack index of the called function.
	Func int
	// Base is the stack index of register 0 (the first argument for a builtin).
	Base int
	// Top is the end of the frame's registers; for a builtin, the end of its values.
	Top int
	// PC is the index of the next instruction of a Lua frame.
	PC int
	// NResults is the number of results the caller wants, or MultRet.
	NResults int
	// NExtra is the number of extra arguments of a vararg Lua function.
	NExtra int
	// NRet is the number of values a Lua frame's RETURN is returning while it waits
	// for to-be-closed variables to be closed.
	NRet int
	// Cont is what a builtin frame runs when the Lua function it called returns or
	// fails; nil when it is not waiting for a call.
	Cont *Continuation
	// Ctx is the plain state Cont needs.
	Ctx   Value
	Flags FrameFlags
}

// IsLua reports whether the frame runs a Lua function.
func (f *Frame) IsLua() bool { return f.Closure != nil }

// Thread is a Lua coroutine.
type Thread struct {
	// Stack holds the values of all frames; len(Stack) is its allocated size.
	Stack []Value
	// Frames is the call stack, innermost last.
	Frames []Frame
	// Top is the first free stack slot.
	Top    int
	Status ThreadStatus
	// TBC holds the stack indexes of the pending to-be-closed variables, ascending.
	TBC []int
	// Err is the error value a coroutine died of, when Failed is set.
	Err    Value
	Failed bool
	// CCalls counts the calls from Go into the VM in progress on this thread; while it
	// is positive the thread cannot yield. It is always 0 for a suspended thread.
	CCalls int
	// open holds the open upvalues, sorted by stack index.
	open []*Upvalue
}

// NewThread returns a thread with a stack of the given initial size and no frames.
func NewThread(stackSize int) *Thread {
	return &Thread{Stack: make([]Value, stackSize)}
}

// Grow makes the stack at least size slots long, reallocating it and repointing the
// open upvalues when it must move.
func (t *Thread) Grow(size int) {
	if size <= len(t.Stack) {
		return
	}
	t.Resize(max(2*len(t.Stack), size))
}

// Resize reallocates the stack to exactly n slots, which must hold every slot in use,
// and repoints the open upvalues.
func (t *Thread) Resize(n int) {
	s := make([]Value, n)
	copy(s, t.Stack)
	t.Stack = s
	for _, u := range t.open {
		u.v = &s[u.index]
	}
}

// FindUpvalue returns the open upvalue for stack slot index, creating it if no closure
// has captured that slot yet.
func (t *Thread) FindUpvalue(index int) *Upvalue {
	i := len(t.open)
	for i > 0 && t.open[i-1].index >= index {
		if t.open[i-1].index == index {
			return t.open[i-1]
		}
		i--
	}
	u := &Upvalue{v: &t.Stack[index], thread: t, index: index}
	t.open = append(t.open, nil)
	copy(t.open[i+1:], t.open[i:])
	t.open[i] = u
	return u
}

// CloseUpvalues closes the open upvalues of slots level and above.
func (t *Thread) CloseUpvalues(level int) {
	i := len(t.open)
	for i > 0 && t.open[i-1].index >= level {
		i--
		t.open[i].close()
		t.open[i] = nil
	}
	t.open = t.open[:i]
}

// OpenUpvalues returns the thread's open upvalues in stack order. The slice belongs to
// the thread.
func (t *Thread) OpenUpvalues() []*Upvalue { return t.open }

// AdoptUpvalue registers u, restored from a snapshot, as the open upvalue of stack slot
// index; slots must be adopted in ascending order after the stack is in place.
func (t *Thread) AdoptUpvalue(u *Upvalue, index int) {
	u.thread, u.index, u.v = t, index, &t.Stack[index]
	t.open = append(t.open, u)
}

// CurrentFrame returns the innermost frame, or nil when the thread has none.
func (t *Thread) CurrentFrame() *Frame {
	if len(t.Frames) == 0 {
		return nil
	}
	return &t.Frames[len(t.Frames)-1]
}
