// This file implements arithmetic and bitwise operations with Lua 5.4's integer/float
// rules, and the dispatch to metamethods when an operand is not a number.
//
// The VM itself never converts strings to numbers in arithmetic: the string library's
// metamethods (__add and friends on the string metatable) do, as in Lua 5.4. Integer
// arithmetic wraps around; / and ^ always give floats; // and % are floored; integer
// division or modulo by zero is an error.

package vm

import (
	"strings"

	"github.com/pluto-go/pluto-go/heap"
)

// ArithOp is an arithmetic or bitwise operator, for [VM.Arith].
type ArithOp uint8

// The operators, in the order of Lua's LUA_OPADD... constants.
const (
	OpAdd ArithOp = iota
	OpSub
	OpMul
	OpMod
	OpPow
	OpDiv
	OpIDiv
	OpBAnd
	OpBOr
	OpBXor
	OpShl
	OpShr
	OpUnm
	OpBNot
)

// event returns the metamethod event of the operator.
func (op ArithOp) event() event { return eventAdd + event(op) }

// isBitwise reports whether e is a bitwise event.
func isBitwise(e event) bool {
	return (e >= eventBAnd && e <= eventShr) || e == eventBNot
}

// toNumber converts a number, or a string holding a numeral, to a number value.
func toNumber(v heap.Value) (heap.Value, bool) {
	if v.IsNumber() {
		return v, true
	}
	if v.IsString() {
		i, f, isFloat, ok := heap.StringToNumber(v.AsString())
		switch {
		case !ok:
		case isFloat:
			return heap.Float(f), true
		default:
			return heap.Int(i), true
		}
	}
	return heap.Nil, false
}

// toInteger converts a number with an integral value to an integer (no strings).
func toInteger(v heap.Value) (int64, bool) {
	if v.IsInt() {
		return v.AsInt(), true
	}
	if v.IsFloat() {
		return heap.FloatToInteger(v.AsFloat(), heap.RoundExact)
	}
	return 0, false
}

// arithNumbers performs the operation of event e on a and b if both are numbers (for
// bitwise operations, numbers with an integer representation), reporting false
// otherwise. Division and modulo by integer zero raise errors.
func (m *VM) arithNumbers(e event, a, b heap.Value) (heap.Value, bool) {
	if isBitwise(e) {
		x, ok1 := toInteger(a)
		y, ok2 := toInteger(b)
		if !ok1 || !ok2 {
			return heap.Nil, false
		}
		return heap.Int(bitwise(e, x, y)), true
	}
	if a.IsInt() && b.IsInt() && e != eventDiv && e != eventPow {
		return heap.Int(m.intArith(e, a.AsInt(), b.AsInt())), true
	}
	x, ok1 := a.ToNumber()
	y, ok2 := b.ToNumber()
	if !ok1 || !ok2 {
		return heap.Nil, false
	}
	return heap.Float(floatArith(e, x, y)), true
}

// intArith performs an arithmetic event on integers.
func (m *VM) intArith(e event, x, y int64) int64 {
	switch e {
	case eventAdd:
		return x + y
	case eventSub:
		return x - y
	case eventMul:
		return x * y
	case eventMod:
		r, ok := heap.ModInt(x, y)
		if !ok {
			m.runError("attempt to perform 'n%%0'")
		}
		return r
	case eventIDiv:
		q, ok := heap.FloorDivInt(x, y)
		if !ok {
			m.runError("attempt to divide by zero")
		}
		return q
	case eventUnm:
		return -x
	}
	panic("internal error: not an integer arithmetic event")
}

// floatArith performs an arithmetic event on floats.
func floatArith(e event, x, y float64) float64 {
	switch e {
	case eventAdd:
		return x + y
	case eventSub:
		return x - y
	case eventMul:
		return x * y
	case eventMod:
		return heap.ModFloat(x, y)
	case eventPow:
		return heap.Pow(x, y)
	case eventDiv:
		return x / y
	case eventIDiv:
		return heap.FloorDivFloat(x, y)
	case eventUnm:
		return -x
	}
	panic("internal error: not a float arithmetic event")
}

// bitwise performs a bitwise event on integers.
func bitwise(e event, x, y int64) int64 {
	switch e {
	case eventBAnd:
		return x & y
	case eventBOr:
		return x | y
	case eventBXor:
		return x ^ y
	case eventShl:
		return heap.ShiftLeft(x, y)
	case eventShr:
		return heap.ShiftRight(x, y)
	case eventBNot:
		return ^x
	}
	panic("internal error: not a bitwise event")
}

// binaryMeta finds the metamethod of event e for a and b (a's first) and calls it from
// the dispatch loop, or raises the operator's error. oa and ob name the operands.
func (m *VM) binaryMeta(e event, a, b heap.Value, oa, ob operand) {
	tm := m.metamethod(a, e)
	if tm.IsNil() {
		tm = m.metamethod(b, e)
	}
	if tm.IsNil() {
		m.binaryError(e, a, b, oa, ob)
	}
	m.callMeta(m.th.CurrentFrame().Top, 1, tm, a, b)
}

// binaryError raises the error of a binary operator with no metamethod.
func (m *VM) binaryError(e event, a, b heap.Value, oa, ob operand) {
	switch {
	case e == eventConcat:
		m.concatError(a, b, oa, ob)
	case isBitwise(e):
		m.arithError(a, b, oa, ob, true)
	default:
		m.arithError(a, b, oa, ob, false)
	}
}

// Arith performs an arithmetic or bitwise operation with metamethods, calling them from
// Go (they cannot yield). For OpUnm and OpBNot, b is ignored.
func (m *VM) Arith(op ArithOp, a, b heap.Value) heap.Value {
	e := op.event()
	if op == OpUnm || op == OpBNot {
		b = a
	}
	if v, ok := m.arithNumbers(e, a, b); ok {
		return v
	}
	tm := m.metamethod(a, e)
	if tm.IsNil() {
		tm = m.metamethod(b, e)
	}
	if tm.IsNil() {
		m.binaryError(e, a, b, operand{}, operand{})
	}
	return first(m.Call(tm, a, b))
}

// isConcatenable reports whether v is a string or a number.
func isConcatenable(v heap.Value) bool {
	return v.IsString() || v.IsNumber()
}

// concat concatenates the total values at stack[first:], leaving the result at
// stack[first]. Runs of strings and numbers are joined at once; a pair with another
// value calls __concat (placed just above the values, as Lua does) and concat reports
// true: finishOp continues when the metamethod returns.
func (m *VM) concat(first, total int) bool {
	th := m.th
	for total > 1 {
		top := first + total
		a, b := th.Stack[top-2], th.Stack[top-1]
		if !isConcatenable(a) || !isConcatenable(b) {
			tm := m.metamethod(a, eventConcat)
			if tm.IsNil() {
				tm = m.metamethod(b, eventConcat)
			}
			if tm.IsNil() {
				base := th.CurrentFrame().Base
				m.concatError(a, b, reg(top-2-base), reg(top-1-base))
			}
			m.callMeta(top, 1, tm, a, b)
			return true
		}
		n := 2
		for n < total && isConcatenable(th.Stack[top-n-1]) {
			n++
		}
		th.Stack[top-n] = heap.String(joinValues(th.Stack[top-n : top]))
		total -= n - 1
	}
	return false
}

// joinValues concatenates strings and numbers.
func joinValues(vals []heap.Value) string {
	size := 0
	for _, v := range vals {
		if v.IsString() {
			size += len(v.AsString())
		} else {
			size += 24
		}
	}
	var b strings.Builder
	b.Grow(size)
	for _, v := range vals {
		b.WriteString(numberOrString(v))
	}
	return b.String()
}

// numberOrString returns the text of a string or a number.
func numberOrString(v heap.Value) string {
	switch v.Kind() {
	case heap.KindInt:
		return heap.FormatInt(v.AsInt())
	case heap.KindFloat:
		return heap.FormatFloat(v.AsFloat())
	}
	return v.AsString()
}

// Concat concatenates vals with __concat metamethods as the .. operator does, calling
// them from Go.
func (m *VM) Concat(vals []heap.Value) heap.Value {
	if len(vals) == 0 {
		return heap.String("")
	}
	acc := vals[len(vals)-1]
	for i := len(vals) - 2; i >= 0; i-- {
		a := vals[i]
		if isConcatenable(a) && isConcatenable(acc) {
			acc = heap.String(numberOrString(a) + numberOrString(acc))
			continue
		}
		tm := m.metamethod(a, eventConcat)
		if tm.IsNil() {
			tm = m.metamethod(acc, eventConcat)
		}
		if tm.IsNil() {
			m.concatError(a, acc, operand{}, operand{})
		}
		acc = first(m.Call(tm, a, acc))
	}
	return acc
}

// floatPair returns a and b as floats when both are numbers.
func floatPair(a, b heap.Value) (float64, float64, bool) {
	x, ok1 := a.ToNumber()
	y, ok2 := b.ToNumber()
	return x, y, ok1 && ok2
}

// forPrep prepares a numeric for loop whose control values are in R[a], R[a+1] and
// R[a+2], reporting true when the loop must not run. An integer loop (integer initial
// value and step) precomputes its iteration count into R[a+1]; otherwise all three
// values become floats.
func (m *VM) forPrep(R *[256]heap.Value, a int) bool {
	init, limit, step := R[a], R[a+1], R[a+2]
	if init.IsInt() && step.IsInt() {
		i, s := init.AsInt(), step.AsInt()
		if s == 0 {
			m.runError("'for' step is zero")
		}
		R[a+3] = init
		lim, skip := m.forLimit(i, limit, s)
		if skip {
			return true
		}
		R[a+1] = heap.Int(int64(heap.ForCount(i, lim, s)))
		return false
	}
	fl, ok1 := toNumber(limit)
	if !ok1 {
		m.forError(limit, "limit")
	}
	fs, ok2 := toNumber(step)
	if !ok2 {
		m.forError(step, "step")
	}
	fi, ok3 := toNumber(init)
	if !ok3 {
		m.forError(init, "initial value")
	}
	x, _ := fi.ToNumber()
	lim, _ := fl.ToNumber()
	st, _ := fs.ToNumber()
	if st == 0 {
		m.runError("'for' step is zero")
	}
	if skip := x < lim; st > 0 {
		if lim < x {
			return true
		}
	} else if skip {
		return true
	}
	R[a], R[a+1], R[a+2], R[a+3] = heap.Float(x), heap.Float(lim), heap.Float(st), heap.Float(x)
	return false
}

// forLimit converts the limit of an integer loop to an integer, clipping floats out of
// range, and reports whether the loop is skipped.
func (m *VM) forLimit(init int64, limit heap.Value, step int64) (int64, bool) {
	if limit.IsInt() {
		return limit.AsInt(), heap.ForSkip(init, limit.AsInt(), step)
	}
	n, ok := toNumber(limit)
	if !ok {
		m.forError(limit, "limit")
	}
	if n.IsInt() {
		return n.AsInt(), heap.ForSkip(init, n.AsInt(), step)
	}
	return heap.ForLimitFloat(init, n.AsFloat(), step)
}

// floatForLoop advances a float for loop, reporting whether it goes on.
func floatForLoop(R *[256]heap.Value, a int) bool {
	step, limit := R[a+2].AsFloat(), R[a+1].AsFloat()
	idx := R[a].AsFloat() + step
	goOn := limit <= idx
	if step > 0 {
		goOn = idx <= limit
	}
	if goOn {
		R[a], R[a+3] = heap.Float(idx), heap.Float(idx)
		return true
	}
	return false
}
