// This file manages constants: the per-function constant table with the chunk-wide
// cache the reference uses to reuse entries, the instructions that load constants
// (LOADI, LOADF, LOADK, LOADNIL merging), and constant folding of arithmetic and
// bitwise operators with exactly the reference's refusals (division by zero, bitwise
// operands without an integer value, NaN and zero float results).

package compiler

import (
	"math"

	"github.com/pluto-go/pluto-go/heap"
)

// constKey is the key of a constant in the chunk-wide cache. Like a key in a Lua table,
// a float with an integral value is keyed as the integer, and nil has a key of its own.
type constKey struct {
	kind heap.Kind
	n    uint64
	s    string
}

// nilKey stands for nil, which cannot be a table key (the reference uses the cache
// table itself).
var nilKey = constKey{kind: heap.KindTable}

// floatKey returns the cache key of float f.
func floatKey(f float64) constKey {
	if i, ok := floatToInt(f); ok {
		return constKey{kind: heap.KindInt, n: uint64(i)}
	}
	return constKey{kind: heap.KindFloat, n: math.Float64bits(f)}
}

// floatToInt converts f to an integer when it has an exact integer value.
func floatToInt(f float64) (int64, bool) {
	return heap.FloatToInteger(f, heap.RoundExact)
}

// addK returns the index of constant v in the function's table, reusing the entry the
// cache gives for key when it still holds v, otherwise appending v. Because the cache is
// shared with the enclosing and nested functions, an entry may point elsewhere and v
// is then added again, as the reference does.
func (fs *funcState) addK(key constKey, v heap.Value) int {
	ks := fs.f.Constants
	if k, ok := fs.c.kcache[key]; ok && k < len(ks) &&
		ks[k].Kind() == v.Kind() && heap.RawEqual(ks[k], v) {
		return k
	}
	k := len(ks)
	if k >= heap.MaxArgAx {
		fs.c.syntaxError("too many constants", "")
	}
	fs.c.kcache[key] = k
	fs.f.Constants = append(ks, v)
	return k
}

// stringK returns the index of the string constant s.
func (fs *funcState) stringK(s string) int {
	return fs.addK(constKey{kind: heap.KindString, s: s}, heap.String(s))
}

// intK returns the index of the integer constant n.
func (fs *funcState) intK(n int64) int {
	return fs.addK(constKey{kind: heap.KindInt, n: uint64(n)}, heap.Int(n))
}

// numberK returns the index of the float constant r. An integral float is keyed by a
// nearby non-integral value so that it does not collide with the integer.
func (fs *funcState) numberK(r float64) int {
	ik, ok := floatToInt(r)
	if !ok {
		return fs.addK(floatKey(r), heap.Float(r))
	}
	const q = 0x1p-52 // smallest significant fraction of a double near 1
	k := q
	if ik != 0 {
		k = r + float64(r*q) // the conversion forbids a fused multiply-add
	}
	return fs.addK(floatKey(k), heap.Float(r))
}

// boolK returns the index of the boolean constant b.
func (fs *funcState) boolK(b bool) int {
	var n uint64
	if b {
		n = 1
	}
	return fs.addK(constKey{kind: heap.KindBool, n: n}, heap.Bool(b))
}

// nilK returns the index of the nil constant.
func (fs *funcState) nilK() int { return fs.addK(nilKey, heap.Nil) }

// str2K turns a string literal expression into a constant-table reference.
func (fs *funcState) str2K(e *expdesc) {
	e.info = fs.stringK(e.strval)
	e.k = vK
}

// fitsC reports whether i fits a signed one-byte operand (sB, sC).
func fitsC(i int64) bool {
	return uint64(i)+heap.OffsetSC <= heap.MaxArgC
}

// fitsBx reports whether i fits the signed operand sBx.
func fitsBx(i int64) bool {
	return -heap.OffsetSBx <= i && i <= heap.MaxArgBx-heap.OffsetSBx
}

// loadInt loads integer i into reg.
func (fs *funcState) loadInt(reg int, i int64) {
	if fitsBx(i) {
		fs.codeAsBx(heap.OpLoadI, reg, int(i))
	} else {
		fs.codeK(reg, fs.intK(i))
	}
}

// loadFloat loads float f into reg.
func (fs *funcState) loadFloat(reg int, f float64) {
	if fi, ok := floatToInt(f); ok && fitsBx(fi) {
		fs.codeAsBx(heap.OpLoadF, reg, int(fi))
	} else {
		fs.codeK(reg, fs.numberK(f))
	}
}

// loadNil sets n registers from from to nil, extending the previous LOADNIL when the
// ranges touch ('local a; local b' gives one instruction).
func (fs *funcState) loadNil(from, n int) {
	l := from + n - 1
	if pc := fs.previousInstruction(); fs.previousOp(pc) == heap.OpLoadNil {
		prev := fs.f.Code[pc]
		pfrom := prev.A()
		pl := pfrom + prev.B()
		if (pfrom <= from && from <= pl+1) || (from <= pfrom && pfrom <= l+1) {
			from = min(from, pfrom)
			l = max(l, pl)
			fs.f.Code[pc] = prev.WithA(from).WithB(l - from)
			return
		}
	}
	fs.codeABC(heap.OpLoadNil, from, n-1, 0)
}

// toNumeral returns the value of e when it is a numeric literal without jumps.
func (e *expdesc) toNumeral() (heap.Value, bool) {
	if e.hasJumps() {
		return heap.Nil, false
	}
	switch e.k {
	case vKInt:
		return heap.Int(e.ival), true
	case vKFlt:
		return heap.Float(e.nval), true
	}
	return heap.Nil, false
}

// exp2Const returns the value of e when it is a constant known at compile time.
func (fs *funcState) exp2Const(e *expdesc) (heap.Value, bool) {
	if e.hasJumps() {
		return heap.Nil, false
	}
	switch e.k {
	case vFalse:
		return heap.False, true
	case vTrue:
		return heap.True, true
	case vNil:
		return heap.Nil, true
	case vKStr:
		return heap.String(e.strval), true
	case vConst:
		return fs.c.actVars[e.info].k, true
	}
	return e.toNumeral()
}

// const2exp sets e to the constant v.
func const2exp(v heap.Value, e *expdesc) {
	switch v.Kind() {
	case heap.KindInt:
		e.k, e.ival = vKInt, v.AsInt()
	case heap.KindFloat:
		e.k, e.nval = vKFlt, v.AsFloat()
	case heap.KindBool:
		e.k = vFalse
		if v.AsBool() {
			e.k = vTrue
		}
	case heap.KindNil:
		e.k = vNil
	case heap.KindString:
		e.k, e.strval = vKStr, v.AsString()
	default:
		panic("internal error: compile-time constant of kind " + v.TypeName())
	}
}

// arithOp is an arithmetic or bitwise operation, numbered like the reference's
// LUA_OPADD...LUA_OPBNOT (the binary ones in the order of parser.BinaryOp).
type arithOp uint8

const (
	opAdd arithOp = iota
	opSub
	opMul
	opMod
	opPow
	opDiv
	opIDiv
	opBAnd
	opBOr
	opBXor
	opShl
	opShr
	opUnm
	opBNot
)

// isBitwise reports whether op works on integers only.
func (op arithOp) isBitwise() bool {
	return (op >= opBAnd && op <= opShr) || op == opBNot
}

// constFolding replaces e1 by the result of e1 op e2 when both are numeric literals and
// the operation can neither raise an error nor produce a NaN or a zero float.
func constFolding(op arithOp, e1, e2 *expdesc) bool {
	v1, ok1 := e1.toNumeral()
	v2, ok2 := e2.toNumeral()
	if !ok1 || !ok2 || !validOp(op, v1, v2) {
		return false
	}
	res := rawArith(op, v1, v2)
	if res.IsInt() {
		e1.k, e1.ival = vKInt, res.AsInt()
		return true
	}
	n := res.AsFloat()
	if math.IsNaN(n) || n == 0 {
		return false
	}
	e1.k, e1.nval = vKFlt, n
	return true
}

// validOp reports whether folding op over v1 and v2 is safe.
func validOp(op arithOp, v1, v2 heap.Value) bool {
	switch {
	case op.isBitwise():
		_, ok1 := toInteger(v1)
		_, ok2 := toInteger(v2)
		return ok1 && ok2
	case op == opDiv || op == opIDiv || op == opMod:
		n, _ := v2.ToNumber()
		return n != 0
	}
	return true
}

// toInteger converts a number to an integer when it has an exact integer value.
func toInteger(v heap.Value) (int64, bool) {
	if v.IsInt() {
		return v.AsInt(), true
	}
	return floatToInt(v.AsFloat())
}

// rawArith computes v1 op v2 for numbers with Lua's rules; the operation must be valid.
func rawArith(op arithOp, v1, v2 heap.Value) heap.Value {
	switch {
	case op.isBitwise():
		i1, _ := toInteger(v1)
		i2, _ := toInteger(v2)
		return heap.Int(intArith(op, i1, i2))
	case op != opDiv && op != opPow && v1.IsInt() && v2.IsInt():
		return heap.Int(intArith(op, v1.AsInt(), v2.AsInt()))
	}
	n1, _ := v1.ToNumber()
	n2, _ := v2.ToNumber()
	return heap.Float(floatArith(op, n1, n2))
}

// intArith computes an integer operation; divisions by zero were excluded before.
func intArith(op arithOp, a, b int64) int64 {
	switch op {
	case opAdd:
		return a + b
	case opSub:
		return a - b
	case opMul:
		return a * b
	case opMod:
		r, _ := heap.ModInt(a, b)
		return r
	case opIDiv:
		q, _ := heap.FloorDivInt(a, b)
		return q
	case opBAnd:
		return a & b
	case opBOr:
		return a | b
	case opBXor:
		return a ^ b
	case opShl:
		return heap.ShiftLeft(a, b)
	case opShr:
		return heap.ShiftRight(a, b)
	case opUnm:
		return -a
	case opBNot:
		return ^a
	}
	panic("internal error: no integer form for arithmetic operation")
}

// floatArith computes a float operation.
func floatArith(op arithOp, a, b float64) float64 {
	switch op {
	case opAdd:
		return a + b
	case opSub:
		return a - b
	case opMul:
		return a * b
	case opDiv:
		return a / b
	case opPow:
		return heap.Pow(a, b)
	case opIDiv:
		return heap.FloorDivFloat(a, b)
	case opUnm:
		return -a
	case opMod:
		return heap.ModFloat(a, b)
	}
	panic("internal error: no float form for arithmetic operation")
}
