// This file implements metatables and the metamethods of indexing: finding a value's
// metatable, looking up an event, and following __index and __newindex chains.

package vm

import (
	"github.com/pluto-go/pluto-go/heap"
)

// event is a metamethod event, numbered as Lua 5.4 numbers them (the compiler stores
// these numbers in the C operand of MMBIN instructions).
type event uint8

const (
	eventIndex event = iota
	eventNewIndex
	eventGC
	eventMode
	eventLen
	eventEq
	eventAdd
	eventSub
	eventMul
	eventMod
	eventPow
	eventDiv
	eventIDiv
	eventBAnd
	eventBOr
	eventBXor
	eventShl
	eventShr
	eventUnm
	eventBNot
	eventLt
	eventLe
	eventConcat
	eventCall
	eventClose
	numEvents
)

// eventKeys holds the metatable key of each event.
var eventKeys [numEvents]string

func init() {
	for e, name := range metaEventNames {
		eventKeys[e] = "__" + name
	}
}

// maxTagLoop bounds __index and __newindex chains (MAXTAGLOOP).
const maxTagLoop = 2000

// Metatable returns the metatable of v, or nil.
func (m *VM) Metatable(v heap.Value) *heap.Table {
	switch k := v.Kind(); k {
	case heap.KindTable:
		return v.AsTable().Meta
	case heap.KindUserdata:
		return v.AsUserdata().Meta
	case heap.KindString:
		return m.stringMeta
	default:
		if k == heap.KindFloat {
			k = heap.KindInt
		}
		if k == heap.KindBuiltin {
			k = heap.KindClosure
		}
		return m.typeMetas[k]
	}
}

// SetTypeMetatable sets the metatable shared by all values of v's type (v must not be
// a table or a userdata), as debug.setmetatable does.
func (m *VM) SetTypeMetatable(v heap.Value, mt *heap.Table) {
	switch k := v.Kind(); k {
	case heap.KindString:
		m.stringMeta = mt
	case heap.KindFloat, heap.KindInt:
		m.typeMetas[heap.KindInt] = mt
	case heap.KindBuiltin, heap.KindClosure:
		m.typeMetas[heap.KindClosure] = mt
	default:
		m.typeMetas[k] = mt
	}
}

// metamethod returns the handler of event e for v, or nil.
func (m *VM) metamethod(v heap.Value, e event) heap.Value {
	mt := m.Metatable(v)
	if mt == nil {
		return heap.Nil
	}
	return mt.GetStr(eventKeys[e])
}

// MetaField returns field name of v's metatable, or nil.
func (m *VM) MetaField(v heap.Value, name string) heap.Value {
	mt := m.Metatable(v)
	if mt == nil {
		return heap.Nil
	}
	return mt.GetStr(name)
}

// indexStep resolves t[k] as far as it can without calling a function: it follows
// __index tables and returns either the value, or the __index function to call with
// (obj, k). o names t for the error when it cannot be indexed.
func (m *VM) indexStep(t, k heap.Value, o operand) (val, fn, obj heap.Value) {
	for range maxTagLoop {
		var h heap.Value
		if t.Kind() == heap.KindTable {
			tab := t.AsTable()
			if v := tab.Get(k); !v.IsNil() || tab.Meta == nil {
				return v, heap.Nil, heap.Nil
			}
			if h = tab.Meta.GetStr("__index"); h.IsNil() {
				return heap.Nil, heap.Nil, heap.Nil
			}
		} else if h = m.metamethod(t, eventIndex); h.IsNil() {
			m.typeError(t, "index", o)
		}
		if h.IsFunction() {
			return heap.Nil, h, t
		}
		t, o = h, operand{}
	}
	m.runError("'__index' chain too long; possible loop")
	return
}

// newindexStep performs t[k] = v as far as it can without calling a function: it
// follows __newindex tables and either assigns, or returns the __newindex function to
// call with (obj, k, v).
func (m *VM) newindexStep(t, k, v heap.Value, o operand) (fn, obj heap.Value) {
	for range maxTagLoop {
		var h heap.Value
		if t.Kind() == heap.KindTable {
			tab := t.AsTable()
			if tab.Meta == nil || !tab.Get(k).IsNil() {
				m.rawSet(tab, k, v)
				return heap.Nil, heap.Nil
			}
			if h = tab.Meta.GetStr("__newindex"); h.IsNil() {
				m.rawSet(tab, k, v)
				return heap.Nil, heap.Nil
			}
		} else if h = m.metamethod(t, eventNewIndex); h.IsNil() {
			m.typeError(t, "index", o)
		}
		if h.IsFunction() {
			return h, t
		}
		t, o = h, operand{}
	}
	m.runError("'__newindex' chain too long; possible loop")
	return
}

// rawSet assigns t[k] = v, raising Lua's error for a nil or NaN key.
func (m *VM) rawSet(t *heap.Table, k, v heap.Value) {
	if err := t.Set(k, v); err != nil {
		m.runError("%s", err.Error())
	}
}

// Index returns v[k] with metamethods, calling __index functions from Go (they cannot
// yield).
func (m *VM) Index(v, k heap.Value) heap.Value {
	val, fn, obj := m.indexStep(v, k, operand{})
	if fn.IsNil() {
		return val
	}
	return first(m.Call(fn, obj, k))
}

// SetIndex performs v[k] = val with metamethods, calling __newindex functions from Go.
func (m *VM) SetIndex(v, k, val heap.Value) {
	fn, obj := m.newindexStep(v, k, val, operand{})
	if !fn.IsNil() {
		m.Call(fn, obj, k, val)
	}
}

// first returns the first of vals, or nil.
func first(vals []heap.Value) heap.Value {
	if len(vals) == 0 {
		return heap.Nil
	}
	return vals[0]
}
