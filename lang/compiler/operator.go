// This file generates code for operators (lcode.c's luaK_prefix, luaK_infix and
// luaK_posfix). The first operand of a binary operator is prepared before the second is
// compiled (infix), the operation is emitted after (posfix). Arithmetic picks the
// immediate (ADDI, SHRI, SHLI) or constant (ADDK...) form when an operand allows it and
// is followed by its MMBIN/MMBINI/MMBINK, which the VM runs only when the fast path
// fails; comparisons become a test plus a jump (vJmp), with EQK/EQI/LTI... forms.

package compiler

import (
	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// tmAdd is the metamethod event number of __add; the events of the other arithmetic
// and bitwise operators follow it in arithOp order.
const tmAdd = 6

// event returns the metamethod event of an arithmetic or bitwise operation.
func (op arithOp) event() int { return tmAdd + int(op) }

// prefix applies a unary operator to e; line is the operator's line.
func (fs *funcState) prefix(op parser.UnaryOp, e *expdesc, line int) {
	zero := expdesc{k: vKInt, t: noJump, f: noJump} // second operand for folding
	fs.dischargeVars(e)
	switch op {
	case parser.OpNeg:
		if !constFolding(opUnm, e, &zero) {
			fs.codeUnExpVal(heap.OpUnm, e, line)
		}
	case parser.OpBnot:
		if !constFolding(opBNot, e, &zero) {
			fs.codeUnExpVal(heap.OpBNot, e, line)
		}
	case parser.OpLen:
		fs.codeUnExpVal(heap.OpLen, e, line)
	case parser.OpNot:
		fs.codeNot(e)
	}
}

// codeUnExpVal emits a unary operator that produces a value in a register.
func (fs *funcState) codeUnExpVal(op heap.OpCode, e *expdesc, line int) {
	r := fs.exp2AnyReg(e)
	fs.freeExp(e)
	e.info = fs.codeABC(op, 0, r, 0)
	e.k = vReloc
	fs.fixLine(line)
}

// codeNot compiles 'not e', folding constants and negating comparisons.
func (fs *funcState) codeNot(e *expdesc) {
	switch e.k {
	case vNil, vFalse:
		e.k = vTrue
	case vK, vKFlt, vKInt, vKStr, vTrue:
		e.k = vFalse
	case vJmp:
		fs.negateCondition(e)
	case vReloc, vNonReloc:
		fs.discharge2AnyReg(e)
		fs.freeExp(e)
		e.info = fs.codeABC(heap.OpNot, 0, e.info, 0)
		e.k = vReloc
	default:
		panic("internal error: 'not' of an undischarged expression")
	}
	e.f, e.t = e.t, e.f
	fs.removeValues(e.f)
	fs.removeValues(e.t)
}

// isArith reports whether op is an arithmetic or bitwise operator (those that fold).
func isArith(op parser.BinaryOp) bool { return op <= parser.OpShr }

// infix prepares the first operand v of op before the second one is compiled.
func (fs *funcState) infix(op parser.BinaryOp, v *expdesc) {
	fs.dischargeVars(v)
	switch {
	case op == parser.OpAnd:
		fs.goIfTrue(v)
	case op == parser.OpOr:
		fs.goIfFalse(v)
	case op == parser.OpConcat:
		fs.exp2NextReg(v)
	case isArith(op):
		if _, ok := v.toNumeral(); !ok {
			fs.exp2AnyReg(v)
		}
	case op == parser.OpEq || op == parser.OpNe:
		if _, ok := v.toNumeral(); !ok {
			fs.exp2RK(v)
		}
	default: // order comparisons
		if _, _, ok := v.isSCnumber(); !ok {
			fs.exp2AnyReg(v)
		}
	}
}

// posfix emits op over e1 and e2 after the second operand is compiled, leaving the
// result in e1; line is the operator's line.
func (fs *funcState) posfix(op parser.BinaryOp, e1, e2 *expdesc, line int) {
	fs.dischargeVars(e2)
	if isArith(op) && constFolding(arithOp(op), e1, e2) {
		return
	}
	switch op {
	case parser.OpAnd:
		fs.concat(&e2.f, e1.f)
		*e1 = *e2
	case parser.OpOr:
		fs.concat(&e2.t, e1.t)
		*e1 = *e2
	case parser.OpConcat:
		fs.exp2NextReg(e2)
		fs.codeConcat(e1, e2, line)
	case parser.OpAdd, parser.OpMul:
		fs.codeCommutative(arithOp(op), e1, e2, line)
	case parser.OpSub:
		if !fs.finishBinExpNeg(e1, e2, heap.OpAddI, line, opSub.event()) {
			fs.codeArith(opSub, e1, e2, false, line)
		}
	case parser.OpDiv, parser.OpIDiv, parser.OpMod, parser.OpPow:
		fs.codeArith(arithOp(op), e1, e2, false, line)
	case parser.OpBand, parser.OpBor, parser.OpBxor:
		fs.codeBitwise(arithOp(op), e1, e2, line)
	case parser.OpShl:
		fs.codeShl(e1, e2, line)
	case parser.OpShr:
		if e2.isSCint() {
			fs.codeBinI(heap.OpShrI, e1, e2, false, line, opShr.event())
		} else {
			fs.codeBinExpVal(heap.OpShr, e1, e2, line)
		}
	case parser.OpEq, parser.OpNe:
		fs.codeEq(op, e1, e2)
	case parser.OpLt, parser.OpLe:
		fs.codeOrder(op == parser.OpLt, e1, e2)
	case parser.OpGt, parser.OpGe:
		*e1, *e2 = *e2, *e1 // a > b is b < a
		fs.codeOrder(op == parser.OpGt, e1, e2)
	}
}

// finishBinExpVal emits a value-producing binary instruction over e1 and the operand
// v2 (a register, constant or immediate), then the metamethod fallback mmop.
func (fs *funcState) finishBinExpVal(e1, e2 *expdesc, op heap.OpCode, v2 int, flip bool,
	line int, mmop heap.OpCode, event int) {
	v1 := fs.exp2AnyReg(e1)
	pc := fs.codeABC(op, 0, v1, v2)
	fs.freeExps(e1, e2)
	e1.info = pc
	e1.k = vReloc
	fs.fixLine(line)
	fs.codeABCk(mmop, v1, v2, event, flip)
	fs.fixLine(line)
}

// codeBinExpVal emits a binary operator over two registers.
func (fs *funcState) codeBinExpVal(op heap.OpCode, e1, e2 *expdesc, line int) {
	v2 := fs.exp2AnyReg(e2)
	event := tmAdd + int(op-heap.OpAdd)
	fs.finishBinExpVal(e1, e2, op, v2, false, line, heap.OpMMBin, event)
}

// codeBinI emits a binary operator whose second operand is the immediate integer e2.
func (fs *funcState) codeBinI(op heap.OpCode, e1, e2 *expdesc, flip bool, line, event int) {
	v2 := int(e2.ival) + heap.OffsetSC
	fs.finishBinExpVal(e1, e2, op, v2, flip, line, heap.OpMMBinI, event)
}

// finishBinExpNeg emits e1 - i as e1 + (-i) (or e1 << i as e1 >> -i) when e2 is a small
// integer i; the metamethod still sees i. It reports whether it could.
func (fs *funcState) finishBinExpNeg(e1, e2 *expdesc, op heap.OpCode, line, event int) bool {
	if !e2.isKint() {
		return false
	}
	i2 := e2.ival
	if !fitsC(i2) || !fitsC(-i2) {
		return false
	}
	v2 := int(i2)
	fs.finishBinExpVal(e1, e2, op, -v2+heap.OffsetSC, false, line, heap.OpMMBinI, event)
	last := len(fs.f.Code) - 1
	fs.f.Code[last] = fs.f.Code[last].WithB(v2 + heap.OffsetSC)
	return true
}

// codeArith emits an arithmetic operator, with a constant operand when e2 is a
// numeric literal; flip says that the operands were swapped.
func (fs *funcState) codeArith(op arithOp, e1, e2 *expdesc, flip bool, line int) {
	if _, ok := e2.toNumeral(); ok && fs.exp2K(e2) {
		fs.finishBinExpVal(e1, e2, heap.OpAddK+heap.OpCode(op), e2.info, flip, line,
			heap.OpMMBinK, op.event())
		return
	}
	if flip {
		*e1, *e2 = *e2, *e1
	}
	fs.codeBinExpVal(heap.OpAdd+heap.OpCode(op), e1, e2, line)
}

// codeCommutative emits + or *, moving a numeric literal first operand second so that
// an immediate or constant form applies.
func (fs *funcState) codeCommutative(op arithOp, e1, e2 *expdesc, line int) {
	flip := false
	if _, ok := e1.toNumeral(); ok {
		*e1, *e2 = *e2, *e1
		flip = true
	}
	if op == opAdd && e2.isSCint() {
		fs.codeBinI(heap.OpAddI, e1, e2, flip, line, opAdd.event())
	} else {
		fs.codeArith(op, e1, e2, flip, line)
	}
}

// codeBitwise emits &, | or ~, with an integer constant operand when either operand
// is one.
func (fs *funcState) codeBitwise(op arithOp, e1, e2 *expdesc, line int) {
	flip := false
	if e1.k == vKInt && fs.exp2RK(e1) {
		*e1, *e2 = *e2, *e1
		flip = true
	} else if !(e2.k == vKInt && fs.exp2RK(e2)) {
		fs.codeBinExpVal(heap.OpAdd+heap.OpCode(op), e1, e2, line)
		return
	}
	fs.finishBinExpVal(e1, e2, heap.OpAddK+heap.OpCode(op), e2.info, flip, line,
		heap.OpMMBinK, op.event())
}

// codeShl emits <<: I << r as SHLI, r << I as SHRI with -I.
func (fs *funcState) codeShl(e1, e2 *expdesc, line int) {
	switch {
	case e1.isSCint():
		*e1, *e2 = *e2, *e1
		fs.codeBinI(heap.OpShlI, e1, e2, true, line, opShl.event())
	case fs.finishBinExpNeg(e1, e2, heap.OpShrI, line, opShl.event()):
	default:
		fs.codeBinExpVal(heap.OpShl, e1, e2, line)
	}
}

// codeConcat emits e1 .. e2, merging with the CONCAT of e2 when e2 is itself a
// concatenation, so that a .. b .. c is one instruction.
func (fs *funcState) codeConcat(e1, e2 *expdesc, line int) {
	if pc := fs.previousInstruction(); fs.previousOp(pc) == heap.OpConcat {
		n := fs.f.Code[pc].B()
		fs.freeExp(e2)
		fs.f.Code[pc] = fs.f.Code[pc].WithA(e1.info).WithB(n + 1)
		return
	}
	fs.codeABC(heap.OpConcat, e1.info, 2, 0)
	fs.freeExp(e2)
	fs.fixLine(line)
}

// codeOrder emits an order comparison e1 < e2 (lt) or e1 <= e2, with an immediate
// operand when either side is a small number.
func (fs *funcState) codeOrder(lt bool, e1, e2 *expdesc) {
	var r1, r2 int
	op, opI, opRevI := heap.OpLe, heap.OpLeI, heap.OpGeI
	if lt {
		op, opI, opRevI = heap.OpLt, heap.OpLtI, heap.OpGtI
	}
	im, isFloat, ok := e2.isSCnumber()
	if ok {
		r1 = fs.exp2AnyReg(e1)
		r2, op = im, opI
	} else {
		im1, isFloat1, ok1 := e1.isSCnumber()
		isFloat = isFloat || isFloat1
		if ok1 { // A < B becomes B > A
			r1 = fs.exp2AnyReg(e2)
			r2, op = im1, opRevI
		} else {
			r1 = fs.exp2AnyReg(e1)
			r2 = fs.exp2AnyReg(e2)
		}
	}
	fs.freeExps(e1, e2)
	e1.info = fs.condJump(op, r1, r2, b2i(isFloat), true)
	e1.k = vJmp
}

// codeEq emits == or ~=; a constant first operand was left by infix and is swapped
// second.
func (fs *funcState) codeEq(opr parser.BinaryOp, e1, e2 *expdesc) {
	if e1.k != vNonReloc {
		*e1, *e2 = *e2, *e1
	}
	r1 := fs.exp2AnyReg(e1)
	var op heap.OpCode
	var r2 int
	im, isFloat, ok := e2.isSCnumber()
	switch {
	case ok:
		op, r2 = heap.OpEqI, im
	case fs.exp2RK(e2):
		op, r2 = heap.OpEqK, e2.info
	default:
		op, r2 = heap.OpEq, fs.exp2AnyReg(e2)
	}
	fs.freeExps(e1, e2)
	e1.info = fs.condJump(op, r1, r2, b2i(isFloat), opr == parser.OpEq)
	e1.k = vJmp
}

// b2i returns 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
