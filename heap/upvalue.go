// This file defines Upvalue, a variable shared between a function and the closures it
// creates.
//
// An upvalue is open while the variable it refers to still lives in a register of an
// active frame: it then points into the owning thread's stack, so the frame and every
// closure see the same slot. When the variable goes out of scope (block exit, return,
// error unwinding, or the coroutine being closed) the VM closes the upvalue: the value is
// copied into the upvalue itself and the pointer redirected to that copy.
//
// A thread keeps its open upvalues sorted by stack index, at most one per slot, so that
// closures created in the same scope share them and closing is a walk from the top. When
// the thread's stack is reallocated, the thread repoints them at the new slots.

package heap

// Upvalue is a variable captured by a closure.
type Upvalue struct {
	v      *Value // the slot in the thread's stack while open; &closed once closed
	closed Value
	thread *Thread // the owning thread while open, nil once closed
	index  int     // the stack index while open
}

// NewClosedUpvalue returns a closed upvalue holding v.
func NewClosedUpvalue(v Value) *Upvalue {
	u := &Upvalue{closed: v}
	u.v = &u.closed
	return u
}

// Get returns the upvalue's current value.
func (u *Upvalue) Get() Value { return *u.v }

// Set assigns the upvalue.
func (u *Upvalue) Set(v Value) { *u.v = v }

// IsOpen reports whether the upvalue still refers to a stack slot.
func (u *Upvalue) IsOpen() bool { return u.thread != nil }

// Slot returns the thread and stack index an open upvalue refers to.
func (u *Upvalue) Slot() (*Thread, int) { return u.thread, u.index }

// close copies the value out of the stack into the upvalue.
func (u *Upvalue) close() {
	u.closed = *u.v
	u.v = &u.closed
	u.thread = nil
}
