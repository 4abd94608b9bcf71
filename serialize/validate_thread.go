// This file checks thread records: status, stack layout, frames, to-be-closed slots
// and open upvalues. A thread passing these checks has every index the VM will follow
// inside its stack, every Lua frame inside its function's code, and every open upvalue
// holding the value of the slot it points at.

package serialize

import (
	"fmt"

	"github.com/pluto-go/pluto-go/heap"
)

// knownFrameFlags are the frame flags heap defines; a snapshot with others is
// rejected rather than handing the VM flags it never set.
const knownFrameFlags = uint(heap.FrameGC)<<1 - 1

// threads checks every thread.
func (v *validator) threads() error {
	v.open = make([]bool, len(v.s.Upvals))
	for i := range v.s.Threads {
		t := &v.s.Threads[i]
		if t.Size > uint(v.cfg.MaxSlots) {
			return limitError("stack size", int(min(t.Size, 1<<62)), v.cfg.MaxSlots)
		}
		if err := v.addSlots(int(t.Size)); err != nil {
			return err
		}
		if err := v.thread(t); err != nil {
			return corruptThread(i, err)
		}
	}
	return nil
}

// thread checks one thread whose size is known to be in range.
func (v *validator) thread(t *threadRec) error {
	st := heap.ThreadStatus(t.Status)
	if t.Status > uint(heap.StatusDead) || st == heap.StatusRunning || st == heap.StatusNormal {
		return fmt.Errorf("status %d", t.Status)
	}
	if t.CCalls != 0 {
		return fmt.Errorf("%d calls in progress", t.CCalls)
	}
	if t.Failed && st != heap.StatusDead || t.Err != (val{}) && !t.Failed {
		return fmt.Errorf("error %v for a thread %s", t.Failed, st)
	}
	for _, x := range t.TBC {
		if x >= t.Size {
			return fmt.Errorf("to-be-closed slot %d beyond the stack", x)
		}
	}
	for _, o := range t.Open {
		if o.Index >= t.Size {
			return fmt.Errorf("open upvalue at %d beyond the stack", o.Index)
		}
	}
	if h := recordHeight(t); uint(len(t.Stack)) != h || h > t.Size {
		return fmt.Errorf("stack of %d values, height %d, size %d", len(t.Stack), h, t.Size)
	}
	for j := range t.Frames {
		if err := v.frame(t, &t.Frames[j]); err != nil {
			return &frameError{j, err}
		}
	}
	for j, x := range t.TBC {
		if j > 0 && x <= t.TBC[j-1] {
			return fmt.Errorf("to-be-closed slots out of order")
		}
	}
	return v.openUpvalues(t)
}

// recordHeight returns the stack height the encoder computes for the thread: its top,
// frame tops, open upvalue and to-be-closed slots.
func recordHeight(t *threadRec) uint {
	h := t.Top
	for _, f := range t.Frames {
		h = max(h, f.Top)
	}
	for _, o := range t.Open {
		h = max(h, o.Index+1)
	}
	for _, x := range t.TBC {
		h = max(h, x+1)
	}
	return h
}

// frame checks a frame against its thread's size and, for a Lua frame whose closure
// is in the snapshot, against its prototype. How the frames fit together is checked
// once they are built (validate_stack.go).
func (v *validator) frame(t *threadRec, f *frameRec) error {
	// The extra arguments of a vararg function lie between its function slot and
	// its base, above the fixed parameters' original slots.
	if f.Func >= f.Base || f.Base > f.Top || f.Top > t.Size || f.NExtra >= f.Base-f.Func {
		return fmt.Errorf("bad layout func %d base %d top %d extra %d", f.Func, f.Base, f.Top, f.NExtra)
	}
	if f.NResults < heap.MultRet || f.NResults > v.cfg.MaxSlots || f.NRet > t.Size ||
		f.Flags&^knownFrameFlags != 0 {
		return fmt.Errorf("bad results %d or flags %#x", f.NResults, f.Flags)
	}
	if f.Fn != (val{}) && !v.isFunction(f.Fn) {
		return fmt.Errorf("function is a %s", v.kindOf(f.Fn).TypeName())
	}
	if f.Fn.k == vClosure {
		p := &v.s.Protos[v.s.Closures[f.Fn.n].Proto]
		return checkLuaFrame(len(p.Code)/4, int(p.MaxStackSize), f, t.Size)
	}
	return nil
}

// checkLuaFrame checks that a Lua frame's pc is in its code and its registers in the
// stack.
func checkLuaFrame(ncode, maxStack int, f *frameRec, size uint) error {
	if f.PC > uint(ncode) {
		return fmt.Errorf("pc %d beyond %d instructions", f.PC, ncode)
	}
	if f.Base+uint(maxStack) > size {
		return fmt.Errorf("registers beyond the stack")
	}
	return nil
}

// openUpvalues checks a thread's open upvalues: in stack order, each open in one
// thread only, each holding the value of its slot.
func (v *validator) openUpvalues(t *threadRec) error {
	for j, o := range t.Open {
		if j > 0 && o.Index <= t.Open[j-1].Index {
			return fmt.Errorf("open upvalues out of order")
		}
		if v.open[o.Upval] {
			return fmt.Errorf("upvalue %d open twice", o.Upval)
		}
		v.open[o.Upval] = true
		if v.s.Upvals[o.Upval] != t.Stack[o.Index] {
			return fmt.Errorf("open upvalue %d differs from its slot %d", o.Upval, o.Index)
		}
	}
	return nil
}
