// This file implements the arithmetic metamethods of the string metatable, by which
// Lua 5.4 converts numeric strings in arithmetic ("10" + 1 is 11): the VM itself never
// converts strings. A string that is not a numeral makes the operation fail with the
// string library's own wording ("attempt to add a 'string' with a 'number'"), unless
// the other operand has the metamethod.

package stdlib

import (
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var stringMetaFuncs = []libFunc{
	{"__add", strMetaAdd},
	{"__div", strMetaDiv},
	{"__idiv", strMetaIDiv},
	{"__mod", strMetaMod},
	{"__mul", strMetaMul},
	{"__pow", strMetaPow},
	{"__sub", strMetaSub},
	{"__unm", strMetaUnm},
}

func strMetaAdd(m *vm.VM, args []heap.Value) []heap.Value {
	return strArith(m, args, vm.OpAdd, "__add")
}

func strMetaDiv(m *vm.VM, args []heap.Value) []heap.Value {
	return strArith(m, args, vm.OpDiv, "__div")
}

func strMetaIDiv(m *vm.VM, args []heap.Value) []heap.Value {
	return strArith(m, args, vm.OpIDiv, "__idiv")
}

func strMetaMod(m *vm.VM, args []heap.Value) []heap.Value {
	return strArith(m, args, vm.OpMod, "__mod")
}

func strMetaMul(m *vm.VM, args []heap.Value) []heap.Value {
	return strArith(m, args, vm.OpMul, "__mul")
}

func strMetaPow(m *vm.VM, args []heap.Value) []heap.Value {
	return strArith(m, args, vm.OpPow, "__pow")
}

func strMetaSub(m *vm.VM, args []heap.Value) []heap.Value {
	return strArith(m, args, vm.OpSub, "__sub")
}

func strMetaUnm(m *vm.VM, args []heap.Value) []heap.Value {
	return strArith(m, args, vm.OpUnm, "__unm")
}

// strToNumber converts a number or a string holding a numeral to a number, as the
// reference's tonum does (no __tostring or other conversion).
func strToNumber(v heap.Value) (heap.Value, bool) {
	if v.IsNumber() {
		return v, true
	}
	if v.IsString() {
		return toNumberArg(v)
	}
	return heap.Nil, false
}

// strSecondOperand returns what the reference finds as the second operand when a
// metamethod is called directly with only a: converting a leaves its number there,
// so that ("1") adds 1 to 1. A string converts up to its first zero byte, so "1\x00"
// leaves 1 there although it is no numeral.
func strSecondOperand(a heap.Value) heap.Value {
	if !a.IsString() {
		n, _ := strToNumber(a)
		return n
	}
	prefix, _, _ := strings.Cut(a.AsString(), "\x00")
	n, _ := toNumberArg(heap.String(prefix))
	return n
}

// strArith performs op on the two operands when both are numbers or numeric strings;
// otherwise it defers to the second operand's metamethod event, or fails. The unary
// minus negates the second operand, which the VM passes equal to the first.
func strArith(m *vm.VM, args []heap.Value, op vm.ArithOp, event string) []heap.Value {
	a, b := arg(args, 1), arg(args, 2)
	if len(args) < 2 {
		b = strSecondOperand(a)
	}
	x, okA := strToNumber(a)
	y, okB := strToNumber(b)
	if okA && okB {
		if op == vm.OpUnm {
			x = y
		}
		return m.Return(m.Arith(op, x, y))
	}
	var tm heap.Value
	if !b.IsString() {
		tm = m.MetaField(b, event)
	}
	if tm.IsNil() {
		m.Errorf("attempt to %s a '%s' with a '%s'", event[2:], a.TypeName(), b.TypeName())
	}
	return m.Return(first(m.Call(tm, a, b)))
}
