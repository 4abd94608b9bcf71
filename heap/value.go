// This file defines Value, the representation of every Lua value.
//
// A Value is two words: a pointer p and 64 bits n.
//
//   - nil is the zero Value (p == nil).
//   - Booleans, integers and floats point p at one of three static tag bytes and keep
//     their bits in n, so numbers and booleans never allocate.
//   - A string points p at its bytes and keeps its length in the high 56 bits of n and
//     KindString in the low 8; the empty string points at a static byte.
//   - Every other object (table, closure, builtin, userdata, thread) points p at the Go
//     object and keeps its Kind in n.
//
// Measured on this kind of machine, this 16-byte layout matched or beat a 24-byte tagged
// struct on calls and loops and used a third less memory than an interface (which also
// allocates for every float). The garbage collector sees p as an ordinary pointer.

package heap

import (
	"fmt"
	"math"
	"unsafe"
)

// Kind is the dynamic type of a Value. Integers and floats are distinct kinds that Lua
// shows as one type, "number".
type Kind uint8

// The kinds of Lua values.
const (
	KindNil Kind = iota
	KindBool
	KindInt
	KindFloat
	KindString
	KindTable
	KindClosure
	KindBuiltin
	KindUserdata
	KindThread
)

var kindTypeNames = [...]string{
	KindNil: "nil", KindBool: "boolean", KindInt: "number", KindFloat: "number",
	KindString: "string", KindTable: "table", KindClosure: "function",
	KindBuiltin: "function", KindUserdata: "userdata", KindThread: "thread",
}

// TypeName returns the name Lua's type() gives values of this kind.
func (k Kind) TypeName() string { return kindTypeNames[k] }

// Value is a Lua value. The zero Value is nil. Values are compared with [RawEqual], not
// with ==.
//
// The As methods (AsInt, AsTable, ...) do not check the kind, since the VM calls them
// on its fast paths: on a value of another kind their result is meaningless, and for
// the object kinds using it may crash the program. Check [Value.Kind] or an Is method
// first.
type Value struct {
	p unsafe.Pointer
	n uint64
}

// scalarTags are the static bytes boolean, integer and float values point at.
var scalarTags [3]byte

// emptyString is what the empty string points at, so that p is never nil for a string.
var emptyString byte

var (
	tagBool  = unsafe.Pointer(&scalarTags[0])
	tagInt   = unsafe.Pointer(&scalarTags[1])
	tagFloat = unsafe.Pointer(&scalarTags[2])
)

// Nil is the nil value.
var Nil Value

// True and False are the boolean values.
var (
	True  = Value{tagBool, 1}
	False = Value{tagBool, 0}
)

// Bool returns the boolean value b.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Int returns the integer value i.
func Int(i int64) Value { return Value{tagInt, uint64(i)} }

// Float returns the float value f.
func Float(f float64) Value { return Value{tagFloat, math.Float64bits(f)} }

// String returns the string value s.
func String(s string) Value {
	if len(s) == 0 {
		return Value{unsafe.Pointer(&emptyString), uint64(KindString)}
	}
	return Value{unsafe.Pointer(unsafe.StringData(s)), uint64(len(s))<<8 | uint64(KindString)}
}

// objectValue returns a Value for a Go object of the given kind.
func objectValue(p unsafe.Pointer, k Kind) Value {
	if p == nil {
		return Nil
	}
	return Value{p, uint64(k)}
}

// TableValue returns t as a Value (nil if t is nil).
func TableValue(t *Table) Value { return objectValue(unsafe.Pointer(t), KindTable) }

// ClosureValue returns c as a Value (nil if c is nil).
func ClosureValue(c *Closure) Value { return objectValue(unsafe.Pointer(c), KindClosure) }

// BuiltinValue returns b as a Value (nil if b is nil).
func BuiltinValue(b *Builtin) Value { return objectValue(unsafe.Pointer(b), KindBuiltin) }

// UserdataValue returns u as a Value (nil if u is nil).
func UserdataValue(u *Userdata) Value { return objectValue(unsafe.Pointer(u), KindUserdata) }

// ThreadValue returns t as a Value (nil if t is nil).
func ThreadValue(t *Thread) Value { return objectValue(unsafe.Pointer(t), KindThread) }

// scalarKinds maps the index of a scalar tag to its kind.
var scalarKinds = [3]Kind{KindBool, KindInt, KindFloat}

// scalarIndex returns the index of v's scalar tag, or a number >= 3 when v is not a
// boolean or a number.
func (v Value) scalarIndex() uintptr {
	return uintptr(v.p) - uintptr(tagBool)
}

// Kind returns the dynamic type of v.
func (v Value) Kind() Kind {
	if i := v.scalarIndex(); i < 3 {
		return scalarKinds[i]
	}
	if v.p == nil {
		return KindNil
	}
	return Kind(v.n & 0xff)
}

// IsClosure reports whether v is a Lua closure.
func (v Value) IsClosure() bool { return v.n == uint64(KindClosure) && v.scalarIndex() >= 3 }

// IsTable reports whether v is a table.
func (v Value) IsTable() bool { return v.n == uint64(KindTable) && v.scalarIndex() >= 3 }

// TypeName returns the name Lua's type() gives v.
func (v Value) TypeName() string { return v.Kind().TypeName() }

// IsNil reports whether v is nil.
func (v Value) IsNil() bool { return v.p == nil }

// IsFalsy reports whether v is nil or false, the two values Lua treats as false.
func (v Value) IsFalsy() bool { return v.p == nil || (v.p == tagBool && v.n == 0) }

// IsInt reports whether v is an integer.
func (v Value) IsInt() bool { return v.p == tagInt }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.p == tagFloat }

// IsNumber reports whether v is an integer or a float.
func (v Value) IsNumber() bool { return v.p == tagInt || v.p == tagFloat }

// IsString reports whether v is a string.
func (v Value) IsString() bool {
	return v.n&0xff == uint64(KindString) && v.scalarIndex() >= 3 && v.p != nil
}

// isScalar reports whether v is a boolean or a number.
func (v Value) isScalar() bool { return v.scalarIndex() < 3 }

// IsFunction reports whether v is a Lua closure or a builtin.
func (v Value) IsFunction() bool {
	k := v.Kind()
	return k == KindClosure || k == KindBuiltin
}

// String returns v as tostring shows it when no metatable takes part: numbers in Lua's
// format, strings as they are, other values as their type and address. It makes Values
// print readably through fmt.
func (v Value) String() string {
	switch v.Kind() {
	case KindNil:
		return "nil"
	case KindBool:
		if v.AsBool() {
			return "true"
		}
		return "false"
	case KindInt:
		return FormatInt(v.AsInt())
	case KindFloat:
		return FormatFloat(v.AsFloat())
	case KindString:
		return v.AsString()
	}
	return fmt.Sprintf("%s: %p", v.TypeName(), v.Pointer())
}

// AsBool returns the boolean in v; v must be a boolean.
func (v Value) AsBool() bool { return v.n != 0 }

// AsInt returns the integer in v; v must be an integer.
func (v Value) AsInt() int64 { return int64(v.n) }

// AsFloat returns the float in v; v must be a float.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.n) }

// AsString returns the string in v; v must be a string.
func (v Value) AsString() string {
	return unsafe.String((*byte)(v.p), int(v.n>>8))
}

// AsTable returns the table in v; v must be a table.
func (v Value) AsTable() *Table { return (*Table)(v.p) }

// AsClosure returns the Lua closure in v; v must be a closure.
func (v Value) AsClosure() *Closure { return (*Closure)(v.p) }

// AsBuiltin returns the builtin in v; v must be a builtin.
func (v Value) AsBuiltin() *Builtin { return (*Builtin)(v.p) }

// AsUserdata returns the userdata in v; v must be a userdata.
func (v Value) AsUserdata() *Userdata { return (*Userdata)(v.p) }

// AsThread returns the thread in v; v must be a thread.
func (v Value) AsThread() *Thread { return (*Thread)(v.p) }

// Pointer returns the object v refers to as an untyped pointer, for identity (hashing,
// %p formatting, persistence). It is nil for nil, booleans, numbers and strings.
func (v Value) Pointer() unsafe.Pointer {
	if v.p == nil || v.isScalar() || v.n&0xff == uint64(KindString) {
		return nil
	}
	return v.p
}

// ToNumber returns v as a float if it is a number, without string coercion.
func (v Value) ToNumber() (float64, bool) {
	switch v.p {
	case tagInt:
		return float64(int64(v.n)), true
	case tagFloat:
		return math.Float64frombits(v.n), true
	}
	return 0, false
}

// RawEqual reports whether a and b are equal without metamethods: numbers by
// mathematical value (1 == 1.0, NaN unequal to itself), strings by content, everything
// else by identity.
func RawEqual(a, b Value) bool {
	if a.p == b.p && a.n == b.n {
		return a.p != tagFloat || a.AsFloat() == a.AsFloat()
	}
	switch {
	case a.p == tagInt && b.p == tagFloat:
		return floatIsInt(b.AsFloat(), a.AsInt())
	case a.p == tagFloat && b.p == tagInt:
		return floatIsInt(a.AsFloat(), b.AsInt())
	case a.p == tagFloat && b.p == tagFloat:
		return a.AsFloat() == b.AsFloat()
	case a.IsString() && b.IsString():
		return a.AsString() == b.AsString()
	}
	return false
}

// floatIsInt reports whether the float f has exactly the integer value i. Converting i
// to a float instead could round (2^53+1 would equal 2^53).
func floatIsInt(f float64, i int64) bool {
	return f >= -0x1p63 && f < 0x1p63 && int64(f) == i && float64(int64(f)) == f
}
