// This file implements to-be-closed variables: marking them (OP_TBC), and closing them
// with their __close metamethods when their scope ends normally (OP_CLOSE, OP_RETURN).
// Closing on errors is part of unwinding (run.go).
//
// A thread lists the stack slots of its pending to-be-closed variables in ascending
// order. Closing pops the highest one at or above a level and calls its __close as a
// metamethod of the instruction; when the call returns, finishOp makes the instruction
// run again to close the next one, so a __close may yield like any other call.

package vm

import (
	"github.com/pluto-go/pluto-go/heap"
)

// markTBC registers stack slot idx as a to-be-closed variable. false and nil are
// allowed and ignored; any other value must have a __close metamethod.
func (m *VM) markTBC(idx int) {
	th := m.th
	v := th.Stack[idx]
	if v.IsFalsy() {
		return
	}
	if m.metamethod(v, eventClose).IsNil() {
		fr := th.CurrentFrame()
		name := fr.Closure.Proto.LocalName(idx-fr.Base+1, fr.PC-1)
		if name == "" {
			name = "?"
		}
		m.runError("variable '%s' got a non-closable value", name)
	}
	th.TBC = append(th.TBC, idx)
}

// closeStep closes the open upvalues of slots level and above and, if a to-be-closed
// variable at or above level is pending, calls its __close (with nil as the error),
// placing the call at stack index at. It reports whether it made a call.
func (m *VM) closeStep(level, at int) bool {
	th := m.th
	th.CloseUpvalues(level)
	n := len(th.TBC)
	if n == 0 || th.TBC[n-1] < level {
		return false
	}
	idx := th.TBC[n-1]
	th.TBC = th.TBC[:n-1]
	v := th.Stack[idx]
	m.callMeta(at, 0, m.metamethod(v, eventClose), v, heap.Nil)
	return true
}

// closeSync closes, by calls from Go, the upvalues and to-be-closed variables of the
// running thread at or above level, passing err to each __close. An error in a __close
// replaces err; the final error value is returned with whether any error happened.
func (m *VM) closeSync(level int, err heap.Value, failed bool) (heap.Value, bool) {
	th := m.th
	th.CloseUpvalues(level)
	for n := len(th.TBC); n > 0 && th.TBC[n-1] >= level; n = len(th.TBC) {
		idx := th.TBC[n-1]
		th.TBC = th.TBC[:n-1]
		v := th.Stack[idx]
		if _, e := m.PCall(m.metamethod(v, eventClose), v, err); e != nil {
			if re, ok := e.(*RuntimeError); ok {
				err, failed = re.Value, true
			}
		}
	}
	return err, failed
}
