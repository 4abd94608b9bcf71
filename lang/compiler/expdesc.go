// This file defines expdesc, the description of an expression whose code may not be
// emitted yet, and the operations that move an expression's value into registers or
// store it into a variable (lcode.c's discharge family, luaK_indexed, luaK_storevar,
// luaK_self). Delaying code this way is what lets the reference pick specialised
// opcodes (GETFIELD, SETI, ADDK, EQK ...) and fold constants.

package compiler

import (
	"github.com/pluto-go/pluto-go/heap"
)

// expKind is the state of an expression descriptor.
type expKind uint8

// The kinds of expressions, in the reference's order.
const (
	vVoid     expKind = iota // no expression (empty list)
	vNil                     // constant nil
	vTrue                    // constant true
	vFalse                   // constant false
	vK                       // constant in the table; info is its index
	vKFlt                    // float constant; nval
	vKInt                    // integer constant; ival
	vKStr                    // string constant; strval
	vNonReloc                // value in a fixed register; info is the register
	vLocal                   // local variable; ridx is its register, vidx its index
	vUpval                   // upvalue; info is its index
	vConst                   // compile-time constant; info is its index in actVars
	vIndexed                 // t[k]: indT register of t, indIdx register of k
	vIndexUp                 // upvalue[k]: indT upvalue, indIdx constant index of k
	vIndexI                  // t[i]: indT register, indIdx the integer
	vIndexStr                // t.name: indT register, indIdx constant index of name
	vJmp                     // comparison; info is the pc of its jump
	vReloc                   // instruction at pc info can put its result anywhere
	vCall                    // function call; info is the pc of CALL
	vVararg                  // vararg expression; info is the pc of VARARG
)

// isVar reports whether an expression of kind k can be assigned to.
func (k expKind) isVar() bool { return vLocal <= k && k <= vIndexStr }

// isIndexed reports whether k is one of the table-access kinds.
func (k expKind) isIndexed() bool { return vIndexed <= k && k <= vIndexStr }

// hasMultRet reports whether an expression of kind k can produce several values.
func (k expKind) hasMultRet() bool { return k == vCall || k == vVararg }

// expdesc describes an expression as the reference parser's expdesc does, plus the
// lists of jumps that leave it when true (t) and when false (f).
type expdesc struct {
	k      expKind
	info   int
	ival   int64
	nval   float64
	strval string
	indT   int
	indIdx int
	ridx   int
	vidx   int
	t, f   int
}

// init sets e to kind k with info i and no jumps.
func (e *expdesc) init(k expKind, i int) {
	*e = expdesc{k: k, info: i, t: noJump, f: noJump}
}

// initString sets e to the string constant s.
func (e *expdesc) initString(s string) {
	e.init(vKStr, 0)
	e.strval = s
}

// initVar sets e to the local variable vidx of fs.
func (e *expdesc) initVar(fs *funcState, vidx int) {
	e.init(vLocal, 0)
	e.vidx = vidx
	e.ridx = fs.localVar(vidx).ridx
}

// hasJumps reports whether e has pending jumps.
func (e *expdesc) hasJumps() bool { return e.t != e.f }

// freeExp frees the register of e if it is a temporary.
func (fs *funcState) freeExp(e *expdesc) {
	if e.k == vNonReloc {
		fs.freeRegister(e.info)
	}
}

// freeExps frees the temporaries of e1 and e2 in the right order.
func (fs *funcState) freeExps(e1, e2 *expdesc) {
	r1, r2 := -1, -1
	if e1.k == vNonReloc {
		r1 = e1.info
	}
	if e2.k == vNonReloc {
		r2 = e2.info
	}
	fs.freeRegs(r1, r2)
}

// setReturns makes the open call or vararg e produce nresults values.
func (fs *funcState) setReturns(e *expdesc, nresults int) {
	ins := &fs.f.Code[e.info]
	*ins = ins.WithC(nresults + 1)
	if e.k == vVararg {
		*ins = ins.WithA(fs.freeReg)
		fs.reserveRegs(1)
	}
}

// setMultRet makes the call or vararg e produce all its values.
func (fs *funcState) setMultRet(e *expdesc) { fs.setReturns(e, multRet) }

// setOneRet makes a call or vararg produce exactly one value.
func (fs *funcState) setOneRet(e *expdesc) {
	switch e.k {
	case vCall:
		e.k = vNonReloc
		e.info = fs.f.Code[e.info].A()
	case vVararg:
		fs.f.Code[e.info] = fs.f.Code[e.info].WithC(2)
		e.k = vReloc
	}
}

// dischargeVars turns a variable into a value: a register, a relocatable instruction
// or a constant.
func (fs *funcState) dischargeVars(e *expdesc) {
	switch e.k {
	case vConst:
		const2exp(fs.c.actVars[e.info].k, e)
	case vLocal:
		e.info = e.ridx
		e.k = vNonReloc
	case vUpval:
		e.info = fs.codeABC(heap.OpGetUpval, 0, e.info, 0)
		e.k = vReloc
	case vIndexUp:
		e.info = fs.codeABC(heap.OpGetTabUp, 0, e.indT, e.indIdx)
		e.k = vReloc
	case vIndexI:
		fs.freeRegister(e.indT)
		e.info = fs.codeABC(heap.OpGetI, 0, e.indT, e.indIdx)
		e.k = vReloc
	case vIndexStr:
		fs.freeRegister(e.indT)
		e.info = fs.codeABC(heap.OpGetField, 0, e.indT, e.indIdx)
		e.k = vReloc
	case vIndexed:
		fs.freeRegs(e.indT, e.indIdx)
		e.info = fs.codeABC(heap.OpGetTable, 0, e.indT, e.indIdx)
		e.k = vReloc
	case vVararg, vCall:
		fs.setOneRet(e)
	}
}

// discharge2Reg puts the value of e (not its jumps) into register reg.
func (fs *funcState) discharge2Reg(e *expdesc, reg int) {
	fs.dischargeVars(e)
	switch e.k {
	case vNil:
		fs.loadNil(reg, 1)
	case vFalse:
		fs.codeABC(heap.OpLoadFalse, reg, 0, 0)
	case vTrue:
		fs.codeABC(heap.OpLoadTrue, reg, 0, 0)
	case vKStr:
		fs.str2K(e)
		fs.codeK(reg, e.info)
	case vK:
		fs.codeK(reg, e.info)
	case vKFlt:
		fs.loadFloat(reg, e.nval)
	case vKInt:
		fs.loadInt(reg, e.ival)
	case vReloc:
		fs.f.Code[e.info] = fs.f.Code[e.info].WithA(reg)
	case vNonReloc:
		if reg != e.info {
			fs.codeABC(heap.OpMove, reg, e.info, 0)
		}
	default: // vJmp: nothing to do yet
		return
	}
	e.info = reg
	e.k = vNonReloc
}

// discharge2AnyReg puts the value of e into some register.
func (fs *funcState) discharge2AnyReg(e *expdesc) {
	if e.k != vNonReloc {
		fs.reserveRegs(1)
		fs.discharge2Reg(e, fs.freeReg-1)
	}
}

// exp2Reg puts the final value of e, jumps included, into register reg.
func (fs *funcState) exp2Reg(e *expdesc, reg int) {
	fs.discharge2Reg(e, reg)
	if e.k == vJmp {
		fs.concat(&e.t, e.info)
	}
	if e.hasJumps() {
		pf, pt := noJump, noJump // positions of LFALSESKIP and LOADTRUE, if needed
		if fs.needValue(e.t) || fs.needValue(e.f) {
			fj := noJump
			if e.k != vJmp {
				fj = fs.jump()
			}
			pf = fs.codeLoadBool(reg, heap.OpLFalseSkip)
			pt = fs.codeLoadBool(reg, heap.OpLoadTrue)
			fs.patchToHere(fj)
		}
		final := fs.getLabel()
		fs.patchListAux(e.f, final, reg, pf)
		fs.patchListAux(e.t, final, reg, pt)
	}
	e.f, e.t = noJump, noJump
	e.info = reg
	e.k = vNonReloc
}

// codeLoadBool emits a boolean load that may be a jump target.
func (fs *funcState) codeLoadBool(a int, op heap.OpCode) int {
	fs.getLabel()
	return fs.codeABC(op, a, 0, 0)
}

// exp2NextReg puts the final value of e into the next free register.
func (fs *funcState) exp2NextReg(e *expdesc) {
	fs.dischargeVars(e)
	fs.freeExp(e)
	fs.reserveRegs(1)
	fs.exp2Reg(e, fs.freeReg-1)
}

// exp2AnyReg puts the final value of e into some register and returns it.
func (fs *funcState) exp2AnyReg(e *expdesc) int {
	fs.dischargeVars(e)
	if e.k == vNonReloc {
		if !e.hasJumps() {
			return e.info
		}
		if e.info >= fs.nvarStack() { // a temporary can take the jumps' values
			fs.exp2Reg(e, e.info)
			return e.info
		}
	}
	fs.exp2NextReg(e)
	return e.info
}

// exp2AnyRegUp puts e into a register unless it is a plain upvalue.
func (fs *funcState) exp2AnyRegUp(e *expdesc) {
	if e.k != vUpval || e.hasJumps() {
		fs.exp2AnyReg(e)
	}
}

// exp2Val makes e a register or a constant.
func (fs *funcState) exp2Val(e *expdesc) {
	if e.hasJumps() {
		fs.exp2AnyReg(e)
	} else {
		fs.dischargeVars(e)
	}
}

// exp2K tries to make e a constant whose index fits an RK operand.
func (fs *funcState) exp2K(e *expdesc) bool {
	if e.hasJumps() {
		return false
	}
	var info int
	switch e.k {
	case vTrue:
		info = fs.boolK(true)
	case vFalse:
		info = fs.boolK(false)
	case vNil:
		info = fs.nilK()
	case vKInt:
		info = fs.intK(e.ival)
	case vKFlt:
		info = fs.numberK(e.nval)
	case vKStr:
		info = fs.stringK(e.strval)
	case vK:
		info = e.info
	default:
		return false
	}
	if info > heap.MaxArgB {
		return false
	}
	e.k = vK
	e.info = info
	return true
}

// exp2RK makes e a constant operand or a register and reports which.
func (fs *funcState) exp2RK(e *expdesc) bool {
	if fs.exp2K(e) {
		return true
	}
	fs.exp2AnyReg(e)
	return false
}

// codeABRK emits op A B with an RK operand C taken from ec.
func (fs *funcState) codeABRK(op heap.OpCode, a, b int, ec *expdesc) {
	k := fs.exp2RK(ec)
	fs.codeABCk(op, a, b, ec.info, k)
}

// storeVar stores the value of ex into variable v.
func (fs *funcState) storeVar(v, ex *expdesc) {
	switch v.k {
	case vLocal:
		fs.freeExp(ex)
		fs.exp2Reg(ex, v.ridx)
		return
	case vUpval:
		e := fs.exp2AnyReg(ex)
		fs.codeABC(heap.OpSetUpval, e, v.info, 0)
	case vIndexUp:
		fs.codeABRK(heap.OpSetTabUp, v.indT, v.indIdx, ex)
	case vIndexI:
		fs.codeABRK(heap.OpSetI, v.indT, v.indIdx, ex)
	case vIndexStr:
		fs.codeABRK(heap.OpSetField, v.indT, v.indIdx, ex)
	case vIndexed:
		fs.codeABRK(heap.OpSetTable, v.indT, v.indIdx, ex)
	default:
		panic("internal error: store to a non-variable")
	}
	fs.freeExp(ex)
}

// self emits SELF for e:key(...), leaving e as the base register of the call.
func (fs *funcState) self(e, key *expdesc) {
	fs.exp2AnyReg(e)
	ereg := e.info
	fs.freeExp(e)
	e.info = fs.freeReg
	e.k = vNonReloc
	fs.reserveRegs(2)
	fs.codeABRK(heap.OpSelf, e.info, ereg, key)
	fs.freeExp(key)
}

// isKstr reports whether e is a short string constant usable as a field name.
func (fs *funcState) isKstr(e *expdesc) bool {
	if e.k != vK || e.hasJumps() || e.info > heap.MaxArgB {
		return false
	}
	k := fs.f.Constants[e.info]
	return k.IsString() && len(k.AsString()) <= maxShortLen
}

// isKint reports whether e is an integer literal.
func (e *expdesc) isKint() bool { return e.k == vKInt && !e.hasJumps() }

// isCint reports whether e is an integer literal that fits operand C.
func (e *expdesc) isCint() bool {
	return e.isKint() && uint64(e.ival) <= uint64(heap.MaxArgC)
}

// isSCint reports whether e is an integer literal that fits operand sC.
func (e *expdesc) isSCint() bool { return e.isKint() && fitsC(e.ival) }

// isSCnumber reports whether e is a number with an integral value that fits sB or sC;
// it returns the encoded operand and whether the number was a float.
func (e *expdesc) isSCnumber() (im int, isFloat, ok bool) {
	var i int64
	switch {
	case e.k == vKInt:
		i = e.ival
	case e.k == vKFlt:
		fi, exact := floatToInt(e.nval)
		if !exact {
			return 0, false, false
		}
		i, isFloat = fi, true
	default:
		return 0, false, false
	}
	if e.hasJumps() || !fitsC(i) {
		return 0, isFloat, false
	}
	return int(i) + heap.OffsetSC, isFloat, true
}

// indexed turns t into the table access t[k]; t must be in a register or an upvalue.
func (fs *funcState) indexed(t, k *expdesc) {
	if k.k == vKStr {
		fs.str2K(k)
	}
	if t.k == vUpval && !fs.isKstr(k) {
		fs.exp2AnyReg(t)
	}
	if t.k == vUpval {
		t.indT = t.info
		t.indIdx = k.info
		t.k = vIndexUp
		return
	}
	if t.k == vLocal {
		t.indT = t.ridx
	} else {
		t.indT = t.info
	}
	switch {
	case fs.isKstr(k):
		t.indIdx = k.info
		t.k = vIndexStr
	case k.isCint():
		t.indIdx = int(k.ival)
		t.k = vIndexI
	default:
		t.indIdx = fs.exp2AnyReg(k)
		t.k = vIndexed
	}
}
