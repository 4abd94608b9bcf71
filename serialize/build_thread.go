// This file builds threads: the stack, the frames with their functions and
// continuations, the to-be-closed slots, and the open upvalues, which the thread
// adopts so that they point into its new stack and stay shared with every closure
// that captured them.

package serialize

import (
	"fmt"

	"github.com/pluto-go/pluto-go/heap"
)

// fillThread fills thread i. The thread stays empty unless its frames are sound.
func (b *builder) fillThread(i int) error {
	rec := &b.s.Threads[i]
	st := heap.Thread{Status: heap.ThreadStatus(rec.Status),
		Frames: make([]heap.Frame, len(rec.Frames))}
	for j := range rec.Frames {
		if err := b.frame(&st.Frames[j], &rec.Frames[j], rec.Size); err != nil {
			return corruptThread(i, &frameError{j, err})
		}
	}
	if len(rec.TBC) > 0 {
		st.TBC = make([]int, len(rec.TBC))
		for j, x := range rec.TBC {
			st.TBC[j] = int(x)
		}
	}
	if err := checkStack(&st, rec.Open); err != nil {
		return corruptThread(i, err)
	}
	t := &b.threads[i]
	t.Status, t.Frames, t.TBC, t.Top = st.Status, st.Frames, st.TBC, int(rec.Top)
	t.Stack = make([]heap.Value, rec.Size)
	for j, v := range rec.Stack {
		t.Stack[j] = b.value(v)
	}
	for _, o := range rec.Open {
		// The upvalue's value stands: a rebuild function may have assigned the
		// variable since it was filled, and one not filled yet sets the slot when it is.
		u := b.upvals[o.Upval]
		t.Stack[o.Index] = u.Get()
		t.AdoptUpvalue(u, int(o.Index))
	}
	t.Err, t.Failed, t.CCalls = b.value(rec.Err), rec.Failed, int(rec.CCalls)
	return nil
}

// frame fills one frame from its record.
func (b *builder) frame(f *heap.Frame, rec *frameRec, size uint) error {
	*f = heap.Frame{
		Func: int(rec.Func), Base: int(rec.Base), Top: int(rec.Top), PC: int(rec.PC),
		NResults: rec.NResults, NExtra: int(rec.NExtra), NRet: int(rec.NRet), Ctx: b.value(rec.Ctx),
		Flags: heap.FrameFlags(rec.Flags),
	}
	switch fn := b.value(rec.Fn); fn.Kind() {
	case heap.KindClosure:
		f.Closure = fn.AsClosure()
		p := f.Closure.Proto
		if err := checkLuaFrame(len(p.Code), p.MaxStackSize, rec, size); err != nil {
			return err
		}
	case heap.KindBuiltin:
		f.Builtin = fn.AsBuiltin()
	}
	if rec.Cont != "" {
		c, ok := b.resolver().Continuation(rec.Cont)
		if !ok {
			return fmt.Errorf("%w: continuation %q", ErrUnknownName, rec.Cont)
		}
		f.Cont = c
	}
	return nil
}
