// This file checks a built thread's call stack as a whole: each frame against the
// frame below it, the innermost frame against the thread's status, and the
// to-be-closed slots and open upvalues against the frames they belong to. The VM
// trusts these relations wherever a frame returns into the one below it, so a
// snapshot passes only with frame stacks of the shapes the VM itself builds (see the
// rules in doc.go). The checks run on built frames because a frame's function may be
// a permanent value, whose prototype is only known once Perms supplied it; they run
// before any Lua code can reach the thread.

package serialize

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/pluto-go/pluto-go/heap"
)

// Frame flags by the kind of frame that may carry them. A frame carrying
// FrameBoundary, FrameHook or FrameGC is a call from Go in progress, which no
// persisted thread has. FrameCCall only counts a call against the limit of nested C
// calls, which unwinding uncounts no lower than where the resume started.
const (
	luaFrameFlags = heap.FrameTailCall | heap.FrameNegate | heap.FrameFinalizing |
		heap.FrameHandler | heap.FrameCCall
	builtinFrameFlags = heap.FrameProtected | heap.FrameYielded | heap.FrameFinalizing |
		heap.FrameHandler | heap.FrameCCall | heap.FrameKeepsHandler
)

// checkStack checks the frames, to-be-closed slots and open upvalues (at the slots
// open lists) of a built thread.
func checkStack(t *heap.Thread, open []openRec) error {
	for j := range t.Frames {
		if err := checkFrame(t, j); err != nil {
			return &frameError{j, err}
		}
	}
	if n := len(t.Frames); n > 0 && t.Status == heap.StatusSuspended {
		if f := &t.Frames[n-1]; f.Flags&heap.FrameYielded == 0 || f.Cont != nil {
			return &frameError{n - 1, fmt.Errorf("suspended thread not stopped in a yield")}
		}
	}
	regs := luaRegisters(t)
	if x, ok := allCovered(t.TBC, append(unwindingSlots(t), regs...)); !ok {
		return fmt.Errorf("to-be-closed slot %d outside the frames", x)
	}
	slots := make([]int, len(open))
	for i, o := range open {
		slots[i] = int(o.Index)
	}
	if x, ok := allCovered(slots, regs); !ok {
		return fmt.Errorf("open upvalue at %d outside the frames", x)
	}
	return nil
}

// checkFrame checks frame j of t on its own and against the frame below it.
func checkFrame(t *heap.Thread, j int) error {
	f := &t.Frames[j]
	innermost := j == len(t.Frames)-1
	if f.Flags&heap.FrameYielded != 0 && (!innermost || t.Status != heap.StatusSuspended) {
		return fmt.Errorf("yielded frame not the innermost of a suspended thread")
	}
	var err error
	switch {
	case f.IsLua():
		err = checkLuaActivation(f, innermost && t.Status == heap.StatusDead)
	case f.Builtin != nil:
		err = checkBuiltinActivation(f)
	default:
		err = fmt.Errorf("frame runs no function")
	}
	if err != nil {
		return err
	}
	if j == 0 {
		return checkBottom(f)
	}
	return checkCall(t, j)
}

// checkLuaActivation checks a Lua frame's fields against its prototype: its layout,
// its flags, and the pc of an instruction that ran; only the innermost frame of a dead
// thread may have failed before its first instruction.
func checkLuaActivation(f *heap.Frame, mayBeFresh bool) error {
	p := f.Closure.Proto
	if f.Cont != nil || !f.Ctx.IsNil() || f.Flags&^luaFrameFlags != 0 {
		return fmt.Errorf("continuation, context or flags %#x on a Lua frame", f.Flags)
	}
	if f.PC == 0 && !mayBeFresh {
		return fmt.Errorf("pc 0 below another frame")
	}
	if f.Top != f.Base+p.MaxStackSize || !luaBase(f, p) {
		return fmt.Errorf("bad layout func %d base %d top %d extra %d for %d parameters",
			f.Func, f.Base, f.Top, f.NExtra, p.NumParams)
	}
	if f.PC == 0 {
		if f.Flags&heap.FrameNegate != 0 || f.NRet != 0 {
			return fmt.Errorf("pc 0 with an instruction pending")
		}
		return nil
	}
	return checkPending(f, p.Code[f.PC-1])
}

// checkPending checks what a Lua frame keeps for its pending instruction i, the one
// before its pc: a result to negate for a comparison made with __lt in place of
// __le, the count of results a return keeps while it closes variables.
func checkPending(f *heap.Frame, i heap.Instruction) error {
	op := i.OpCode()
	if f.Flags&heap.FrameNegate != 0 && op != heap.OpLe && op != heap.OpLeI && op != heap.OpGeI {
		return fmt.Errorf("negated result pending after %s", op)
	}
	closing := op == heap.OpReturn && i.K()
	if f.NRet != 0 && !closing || closing && i.B() != 0 && f.NRet != i.B()-1 {
		return fmt.Errorf("%d results pending at %s", f.NRet, op)
	}
	return nil
}

// luaBase reports whether a Lua frame's base is where its call put it, just above
// the function slot, or, once a vararg function's VARARGPREP ran, above its arguments
// and the copy of the function that follows them.
func luaBase(f *heap.Frame, p *heap.Proto) bool {
	fresh := f.Base == f.Func+1 && f.NExtra == 0
	if !p.IsVararg {
		return fresh
	}
	return f.Base == f.Func+2+p.NumParams+f.NExtra || fresh && f.PC <= 1
}

// checkBuiltinActivation checks a builtin frame's fields: a builtin has no pc, no
// extra arguments and no pending return, and keeps a context only for its
// continuation.
func checkBuiltinActivation(f *heap.Frame) error {
	if f.PC != 0 || f.NExtra != 0 || f.NRet != 0 || f.Base != f.Func+1 {
		return fmt.Errorf("builtin frame with pc %d, extra %d, results %d, base %d",
			f.PC, f.NExtra, f.NRet, f.Base)
	}
	if f.Flags&^builtinFrameFlags != 0 {
		return fmt.Errorf("builtin frame with flags %#x", f.Flags)
	}
	if f.Cont == nil && !f.Ctx.IsNil() {
		return fmt.Errorf("builtin frame with a context but no continuation")
	}
	if f.Flags&heap.FrameYielded != 0 && f.Flags&heap.FrameProtected != 0 {
		return fmt.Errorf("protected frame yielded")
	}
	if f.Flags&heap.FrameKeepsHandler != 0 && f.Flags&heap.FrameProtected == 0 {
		return fmt.Errorf("unprotected frame keeping a message handler")
	}
	return nil
}

// checkBottom checks the outermost frame: the coroutine's function, called by the
// first resume from slot 0 for all results.
func checkBottom(f *heap.Frame) error {
	if f.Func != 0 || f.NResults != heap.MultRet || f.Flags&(heap.FrameHandler|heap.FrameFinalizing) != 0 {
		return fmt.Errorf("outermost frame called at slot %d for %d results with flags %#x",
			f.Func, f.NResults, f.Flags)
	}
	return nil
}

// checkCall checks frame j against the frame below it, which called it.
func checkCall(t *heap.Thread, j int) error {
	caller, f := &t.Frames[j-1], &t.Frames[j]
	switch {
	case f.Flags&heap.FrameHandler != 0 && f.Flags&heap.FrameFinalizing != 0:
		return fmt.Errorf("frame both a message handler and a __close")
	case f.Flags&heap.FrameHandler != 0:
		return checkHandler(t, j)
	case f.Flags&heap.FrameFinalizing != 0:
		return checkFinalizer(caller, f)
	case caller.IsLua():
		return checkLuaCall(caller, f)
	case caller.Cont == nil:
		return fmt.Errorf("called by a builtin frame that waits for no call")
	case f.Func != caller.Top:
		return fmt.Errorf("called at slot %d, the builtin below calls at %d", f.Func, caller.Top)
	}
	return nil
}

// checkHandler checks a message handler's frame j: called above the failing frame
// for one result, on behalf of the innermost protected frame below, which must be an
// xpcall, with no other handler running in between.
func checkHandler(t *heap.Thread, j int) error {
	caller, f := &t.Frames[j-1], &t.Frames[j]
	if f.Func < caller.Top || f.NResults != 1 {
		return fmt.Errorf("message handler called at slot %d for %d results, below it top %d",
			f.Func, f.NResults, caller.Top)
	}
	for i := j - 1; i >= 0; i-- {
		g := &t.Frames[i]
		if g.Flags&heap.FrameProtected != 0 && g.Cont != nil {
			if !g.Ctx.IsFunction() {
				return fmt.Errorf("message handler for frame %d, which has none", i)
			}
			return nil
		}
		if g.Flags&heap.FrameHandler != 0 {
			return fmt.Errorf("message handler above the handler of frame %d", i)
		}
	}
	return fmt.Errorf("message handler without a protected frame below")
}

// checkFinalizer checks the frame of a __close called while an error unwinds to the
// protected builtin frame below it: called above the error kept at that frame's top,
// for no results.
func checkFinalizer(caller, f *heap.Frame) error {
	if caller.IsLua() || caller.Flags&heap.FrameProtected == 0 || caller.Cont == nil {
		return fmt.Errorf("__close called while unwinding to an unprotected frame")
	}
	if f.Func <= caller.Top || f.NResults != 0 {
		return fmt.Errorf("__close called at slot %d for %d results, the error at %d",
			f.Func, f.NResults, caller.Top)
	}
	return nil
}

// callSite is where a Lua frame's pending instruction places the function it calls:
// a slot in [lo, hi], wanting nres results.
type callSite struct {
	lo, hi, nres int
	builtin      bool // only a builtin runs above the caller (a builtin tail-called)
}

// checkLuaCall checks frame f against the pending instruction of the Lua frame
// below it, which must be one that calls.
func checkLuaCall(caller, f *heap.Frame) error {
	i := caller.Closure.Proto.Code[caller.PC-1]
	site, ok := pendingCall(caller, i)
	switch {
	case !ok:
		return fmt.Errorf("frame below is at %s, which calls nothing", i.OpCode())
	case site.builtin && f.IsLua():
		return fmt.Errorf("a Lua function above a tail call")
	case f.Func < site.lo || f.Func > site.hi || f.NResults != site.nres:
		return fmt.Errorf("called at slot %d for %d results, %s below calls at %d for %d",
			f.Func, f.NResults, i.OpCode(), site.lo, site.nres)
	}
	return nil
}

// pendingCall returns where instruction i of Lua frame fr, the one before its pc,
// calls a function, or false when it calls none.
func pendingCall(fr *heap.Frame, i heap.Instruction) (callSite, bool) {
	ra := fr.Base + i.A()
	switch op := i.OpCode(); op {
	case heap.OpCall:
		return callSite{lo: ra, hi: ra, nres: i.C() - 1}, true
	case heap.OpTailCall:
		return callSite{lo: ra, hi: ra, nres: heap.MultRet, builtin: true}, true
	case heap.OpTForCall:
		return callSite{lo: ra + 4, hi: ra + 4, nres: i.C()}, true
	case heap.OpConcat:
		return callSite{lo: ra + 2, hi: ra + i.B(), nres: 1}, true
	case heap.OpReturn:
		at := max(ra+fr.NRet, fr.Top)
		return callSite{lo: at, hi: at, nres: 0}, i.K()
	case heap.OpSetTabUp, heap.OpSetTable, heap.OpSetI, heap.OpSetField, heap.OpClose:
		return callSite{lo: fr.Top, hi: fr.Top, nres: 0}, true
	}
	return callSite{lo: fr.Top, hi: fr.Top, nres: 1}, callsMetamethod(i.OpCode())
}

// callsMetamethod reports whether op calls a metamethod for one result at its
// frame's top, which finishOp stores when it returns.
func callsMetamethod(op heap.OpCode) bool {
	switch op {
	case heap.OpMMBin, heap.OpMMBinI, heap.OpMMBinK, heap.OpUnm, heap.OpBNot, heap.OpLen,
		heap.OpGetTabUp, heap.OpGetTable, heap.OpGetI, heap.OpGetField, heap.OpSelf,
		heap.OpEq, heap.OpLt, heap.OpLe, heap.OpLtI, heap.OpLeI, heap.OpGtI, heap.OpGeI:
		return true
	}
	return false
}

// slotRange is a range of stack slots, from lo up to but not including hi.
type slotRange struct{ lo, hi int }

// luaRegisters returns the registers of t's Lua frames, where its to-be-closed
// variables and open upvalues live.
func luaRegisters(t *heap.Thread) []slotRange {
	var rs []slotRange
	for i := range t.Frames {
		if f := &t.Frames[i]; f.IsLua() {
			rs = append(rs, slotRange{f.Base, f.Top})
		}
	}
	return rs
}

// unwindingSlots returns the slots between a protected frame an error is unwinding to
// and the __close being run for it: the to-be-closed variables of frames the error
// dropped that are closed after the running one.
func unwindingSlots(t *heap.Thread) []slotRange {
	var rs []slotRange
	for j := 1; j < len(t.Frames); j++ {
		if f := &t.Frames[j]; f.Flags&heap.FrameFinalizing != 0 && !t.Frames[j-1].IsLua() {
			rs = append(rs, slotRange{t.Frames[j-1].Top, f.Func - 1})
		}
	}
	return rs
}

// allCovered reports whether each of the ascending slots lies in one of the ranges,
// returning the first that does not.
func allCovered(slots []int, rs []slotRange) (int, bool) {
	slices.SortFunc(rs, func(a, b slotRange) int { return cmp.Compare(a.lo, b.lo) })
	end, k := 0, 0
	for _, x := range slots {
		for ; k < len(rs) && rs[k].lo <= x; k++ {
			end = max(end, rs[k].hi)
		}
		if x >= end {
			return x, false
		}
	}
	return 0, true
}
