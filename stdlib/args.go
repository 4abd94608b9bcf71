// This file checks and converts the arguments of library functions. It is the only
// place in the libraries that words "bad argument" errors; the VM adds the function's
// name as the call site gives it.

package stdlib

import (
	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// arg returns argument i (1-based), or nil when absent.
func arg(args []heap.Value, i int) heap.Value {
	if i <= len(args) {
		return args[i-1]
	}
	return heap.Nil
}

// isNone reports whether argument i is absent (not even nil).
func isNone(args []heap.Value, i int) bool { return i > len(args) }

// isNoneOrNil reports whether argument i is absent or nil.
func isNoneOrNil(args []heap.Value, i int) bool { return arg(args, i).IsNil() }

// typeName returns the name of argument i's type for messages: "no value" when absent,
// the metatable's __name when it is a string.
func typeName(m *vm.VM, args []heap.Value, i int) string {
	if isNone(args, i) {
		return "no value"
	}
	if vm.IsLight(args[i-1]) {
		return "light userdata"
	}
	return m.TypeName(args[i-1])
}

// typeError raises "bad argument #i to 'f' (<want> expected, got <type>)".
func typeError(m *vm.VM, args []heap.Value, i int, want string) {
	m.ArgError(i, want+" expected, got "+typeName(m, args, i))
}

// checkAny raises an error when argument i is absent.
func checkAny(m *vm.VM, args []heap.Value, i int) heap.Value {
	if isNone(args, i) {
		m.ArgError(i, "value expected")
	}
	return args[i-1]
}

// checkTable returns argument i, which must be a table.
func checkTable(m *vm.VM, args []heap.Value, i int) *heap.Table {
	v := arg(args, i)
	if !v.IsTable() {
		typeError(m, args, i, "table")
	}
	return v.AsTable()
}

// checkKind raises an error unless argument i has the type Lua names want.
func checkKind(m *vm.VM, args []heap.Value, i int, want string) heap.Value {
	v := arg(args, i)
	if isNone(args, i) || v.TypeName() != want || vm.IsLight(v) {
		typeError(m, args, i, want)
	}
	return v
}

// checkFunction returns argument i, which must be a function.
func checkFunction(m *vm.VM, args []heap.Value, i int) heap.Value {
	return checkKind(m, args, i, "function")
}

// toStringArg converts a string or number argument to a string.
func toStringArg(v heap.Value) (string, bool) {
	switch v.Kind() {
	case heap.KindString:
		return v.AsString(), true
	case heap.KindInt:
		return heap.FormatInt(v.AsInt()), true
	case heap.KindFloat:
		return heap.FormatFloat(v.AsFloat()), true
	}
	return "", false
}

// checkString returns argument i as a string; numbers are converted.
func checkString(m *vm.VM, args []heap.Value, i int) string {
	s, ok := toStringArg(arg(args, i))
	if !ok {
		typeError(m, args, i, "string")
	}
	return s
}

// optString returns argument i as a string, or def when absent or nil.
func optString(m *vm.VM, args []heap.Value, i int, def string) string {
	if isNoneOrNil(args, i) {
		return def
	}
	return checkString(m, args, i)
}

// toNumberArg converts a number or numeric string to a number value.
func toNumberArg(v heap.Value) (heap.Value, bool) {
	if v.IsNumber() {
		return v, true
	}
	if v.IsString() {
		i, f, isFloat, ok := heap.StringToNumber(v.AsString())
		if ok && isFloat {
			return heap.Float(f), true
		}
		if ok {
			return heap.Int(i), true
		}
	}
	return heap.Nil, false
}

// checkNumber returns argument i as a number value (integer or float); numeric
// strings are converted.
func checkNumber(m *vm.VM, args []heap.Value, i int) heap.Value {
	n, ok := toNumberArg(arg(args, i))
	if !ok {
		typeError(m, args, i, "number")
	}
	return n
}

// checkFloat returns argument i as a float.
func checkFloat(m *vm.VM, args []heap.Value, i int) float64 {
	f, _ := checkNumber(m, args, i).ToNumber()
	return f
}

// optFloat returns argument i as a float, or def when absent or nil.
func optFloat(m *vm.VM, args []heap.Value, i int, def float64) float64 {
	if isNoneOrNil(args, i) {
		return def
	}
	return checkFloat(m, args, i)
}

// checkInt returns argument i as an integer: an integer, a float with an integral
// value, or a string holding one.
func checkInt(m *vm.VM, args []heap.Value, i int) int64 {
	n, ok := toNumberArg(arg(args, i))
	if !ok {
		typeError(m, args, i, "number")
	}
	if n.IsInt() {
		return n.AsInt()
	}
	x, ok := heap.FloatToInteger(n.AsFloat(), heap.RoundExact)
	if !ok {
		m.ArgError(i, "number has no integer representation")
	}
	return x
}

// optInt returns argument i as an integer, or def when absent or nil.
func optInt(m *vm.VM, args []heap.Value, i int, def int64) int64 {
	if isNoneOrNil(args, i) {
		return def
	}
	return checkInt(m, args, i)
}

// checkOption returns the index in options of string argument i (def when absent),
// raising "invalid option" otherwise.
func checkOption(m *vm.VM, args []heap.Value, i int, def string, options []string) int {
	name := optString(m, args, i, def)
	for j, o := range options {
		if o == name {
			return j
		}
	}
	m.ArgError(i, "invalid option '"+name+"'")
	return -1
}
