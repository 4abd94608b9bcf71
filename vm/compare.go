// This file implements equality and order comparisons with Lua 5.4's rules: integers
// and floats compare by mathematical value, strings byte-wise, tables and userdata by
// identity or through __eq, everything else of a different kind by __lt and __le.

package vm

import (
	"github.com/pluto-go/pluto-go/heap"
)

// lessNumbers reports a < b for numbers a and b.
func lessNumbers(a, b heap.Value) bool {
	switch {
	case a.IsInt() && b.IsInt():
		return a.AsInt() < b.AsInt()
	case a.IsInt():
		return heap.LessIntFloat(a.AsInt(), b.AsFloat())
	case b.IsInt():
		return heap.LessFloatInt(a.AsFloat(), b.AsInt())
	}
	return a.AsFloat() < b.AsFloat()
}

// lessEqualNumbers reports a <= b for numbers a and b.
func lessEqualNumbers(a, b heap.Value) bool {
	switch {
	case a.IsInt() && b.IsInt():
		return a.AsInt() <= b.AsInt()
	case a.IsInt():
		return heap.LessEqualIntFloat(a.AsInt(), b.AsFloat())
	case b.IsInt():
		return heap.LessEqualFloatInt(a.AsFloat(), b.AsInt())
	}
	return a.AsFloat() <= b.AsFloat()
}

// compareRaw compares a and b without metamethods for event eventLt or eventLe,
// reporting false in ok when they are not both numbers or both strings.
func compareRaw(e event, a, b heap.Value) (result, ok bool) {
	switch {
	case a.IsNumber() && b.IsNumber():
		if e == eventLt {
			return lessNumbers(a, b), true
		}
		return lessEqualNumbers(a, b), true
	case a.IsString() && b.IsString():
		if e == eventLt {
			return a.AsString() < b.AsString(), true
		}
		return a.AsString() <= b.AsString(), true
	}
	return false, false
}

// orderMeta calls the __lt or __le metamethod of a and b from the dispatch loop, or
// raises the comparison error. Like the reference built with LUA_COMPAT_LT_LE, a
// missing __le is replaced by not (b < a), the frame remembering to negate the result.
func (m *VM) orderMeta(e event, a, b heap.Value) {
	tm := m.binaryMetamethod(a, b, e)
	fr := m.th.CurrentFrame()
	if tm.IsNil() && e == eventLe {
		if tm = m.binaryMetamethod(b, a, eventLt); !tm.IsNil() {
			fr.Flags |= heap.FrameNegate
			a, b = b, a
		}
	}
	if tm.IsNil() {
		m.orderError(a, b)
	}
	m.callMeta(fr.Top, 1, tm, a, b)
}

// binaryMetamethod returns the handler of event e for a, or else for b.
func (m *VM) binaryMetamethod(a, b heap.Value, e event) heap.Value {
	tm := m.metamethod(a, e)
	if tm.IsNil() {
		tm = m.metamethod(b, e)
	}
	return tm
}

// eqMetamethod returns the __eq metamethod to call for a == b when they are distinct
// tables or distinct userdata, or nil when raw equality decides.
func (m *VM) eqMetamethod(a, b heap.Value) heap.Value {
	ka, kb := a.Kind(), b.Kind()
	if ka != kb || (ka != heap.KindTable && ka != heap.KindUserdata) || heap.RawEqual(a, b) {
		return heap.Nil
	}
	tm := m.metamethod(a, eventEq)
	if tm.IsNil() {
		tm = m.metamethod(b, eventEq)
	}
	return tm
}

// Equal reports a == b with __eq, calling the metamethod from Go.
func (m *VM) Equal(a, b heap.Value) bool {
	tm := m.eqMetamethod(a, b)
	if tm.IsNil() {
		return heap.RawEqual(a, b)
	}
	return !first(m.Call(tm, a, b)).IsFalsy()
}

// Less reports a < b with __lt, calling the metamethod from Go.
func (m *VM) Less(a, b heap.Value) bool { return m.compare(eventLt, a, b) }

// LessEqual reports a <= b with __le, calling the metamethod from Go.
func (m *VM) LessEqual(a, b heap.Value) bool { return m.compare(eventLe, a, b) }

func (m *VM) compare(e event, a, b heap.Value) bool {
	if r, ok := compareRaw(e, a, b); ok {
		return r
	}
	if tm := m.binaryMetamethod(a, b, e); !tm.IsNil() {
		return !first(m.Call(tm, a, b)).IsFalsy()
	}
	if e == eventLe {
		if tm := m.binaryMetamethod(b, a, eventLt); !tm.IsNil() {
			return first(m.Call(tm, b, a)).IsFalsy()
		}
	}
	m.orderError(a, b)
	return false
}
