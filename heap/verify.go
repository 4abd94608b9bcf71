// This file implements the bytecode verifier: the checks that make a Proto safe to run
// whoever built it. Protos from the compiler pass by construction; protos read from a
// snapshot or a binary chunk must pass before the VM sees them, because the VM indexes
// registers, constants, upvalues and nested protos by the raw operands without bounds
// checks.
//
// What a verified Proto guarantees:
//   - every register operand, including the ranges of CALL, RETURN, LOADNIL, SETLIST,
//     VARARG and the for loops, is below MaxStackSize, which is at most 255;
//   - every constant, upvalue and nested-proto index is in range, and constants are
//     strings where the opcode needs a string key and numbers (integers for bitwise
//     ops) where it does arithmetic;
//   - every jump, loop and skip lands on an instruction of the code, never on an
//     EXTRAARG nor on an instruction that takes its arguments from the stack top;
//   - LOADKX, NEWTABLE and SETLIST k are followed by EXTRAARG and EXTRAARG follows
//     nothing else; tests are followed by JMP, arithmetic by MMBIN* and MMBIN*
//     follows nothing else, TFORCALL by TFORLOOP; the code ends in a return or a jump;
//   - open results (CALL or VARARG with C == 0, TAILCALL) are consumed by the next
//     instruction, and only instructions right after them use B == 0;
//   - RETURN and TAILCALL carry the vararg convention (C == NumParams+1 for a vararg
//     function, 0 otherwise), VARARGPREP opens exactly the vararg functions;
//   - MMBIN events are arithmetic events, and nested protos describe their upvalues
//     within this proto's registers and upvalues.

package heap

import (
	"fmt"
	"math/bits"
)

// VerifyError reports bytecode that breaks an invariant the VM relies on.
type VerifyError struct {
	// PC is the index of the offending instruction, or -1 for the proto as a whole.
	PC int
	// Op is the offending instruction's opcode when PC >= 0.
	Op OpCode
	// Reason says what is wrong.
	Reason string
}

// Error returns the reason, with the instruction when there is one.
func (e *VerifyError) Error() string {
	if e.PC < 0 {
		return "bad function: " + e.Reason
	}
	return fmt.Sprintf("bad instruction %d (%s): %s", e.PC, e.Op, e.Reason)
}

// Metamethod events MMBIN may name: Lua's TM_ADD through TM_SHR.
const (
	tmFirstArith = 6
	tmLastArith  = 17
)

// verifier is the state of verifying one proto.
type verifier struct {
	p      *Proto
	pc     int
	ins    Instruction
	target []bool // instructions some jump or skip lands on
	extra  []bool // instructions that must be EXTRAARG
	err    error
}

// Verify checks that p is safe to run; see the file comment for what that means.
// Nested protos are not verified, only their upvalue descriptions.
func (p *Proto) Verify() error {
	v := &verifier{p: p, pc: -1}
	v.header()
	if v.err != nil {
		return v.err
	}
	v.target = make([]bool, len(p.Code))
	v.extra = make([]bool, len(p.Code)+1)
	for v.pc = 0; v.pc < len(p.Code) && v.err == nil; v.pc++ {
		v.ins = p.Code[v.pc]
		v.instruction()
	}
	if v.err != nil {
		return v.err
	}
	v.targets()
	v.closing()
	v.nested()
	return v.err
}

// closing checks that a function with to-be-closed variables closes them on every
// way out: each RETURN and TAILCALL has k set and no RETURN0 or RETURN1 is left, as
// luaK_finish makes them. Without it the variables would stay marked past the frame.
func (v *verifier) closing() {
	hasTBC := false
	for _, ins := range v.p.Code {
		hasTBC = hasTBC || ins.OpCode() == OpTBC
	}
	if !hasTBC {
		return
	}
	for pc, ins := range v.p.Code {
		switch op := ins.OpCode(); {
		case op == OpReturn0 || op == OpReturn1,
			(op == OpReturn || op == OpTailCall) && !ins.K():
			v.pc, v.ins = pc, ins
			v.fail("a way out that does not close the to-be-closed variables")
			return
		}
	}
}

// fail records the first error.
func (v *verifier) fail(format string, args ...any) {
	if v.err == nil {
		e := &VerifyError{PC: v.pc, Reason: fmt.Sprintf(format, args...)}
		if v.pc >= 0 {
			e.Op = v.ins.OpCode()
		}
		v.err = e
	}
}

// header checks the proto's sizes, constants and debug information.
func (v *verifier) header() {
	p := v.p
	switch {
	case p.MaxStackSize < 0 || p.MaxStackSize > MaxArgA:
		v.fail("stack size %d", p.MaxStackSize)
	case p.NumParams < 0 || p.NumParams > p.MaxStackSize:
		v.fail("%d parameters for %d registers", p.NumParams, p.MaxStackSize)
	case len(p.Code) == 0:
		v.fail("no code")
	case len(p.Upvalues) > MaxArgB:
		v.fail("%d upvalues", len(p.Upvalues))
	case p.LineInfo != nil && len(p.LineInfo) != len(p.Code):
		v.fail("%d line entries for %d instructions", len(p.LineInfo), len(p.Code))
	}
	for i, k := range p.Constants {
		if k.Kind() > KindString {
			v.fail("constant %d is a %s", i, k.TypeName())
		}
	}
	for _, l := range p.LocVars {
		if l.StartPC < 0 || l.StartPC > l.EndPC || l.EndPC > len(p.Code) {
			v.fail("local %q has range [%d, %d)", l.Name, l.StartPC, l.EndPC)
		}
	}
	for i, q := range p.Protos {
		if q == nil {
			v.fail("nested function %d missing", i)
		}
	}
	if v.err != nil {
		return
	}
	if last := p.Code[len(p.Code)-1].OpCode(); !endsCode(last) {
		v.fail("code ends with %s", last)
	}
	if p.IsVararg && p.Code[0].OpCode() != OpVarargPrep {
		v.fail("vararg function does not start with VARARGPREP")
	}
}

// endsCode reports whether op can be the last instruction: it never falls through.
func endsCode(op OpCode) bool {
	return op == OpReturn || op == OpReturn0 || op == OpReturn1 || op == OpJmp
}

// reg checks that register r exists.
func (v *verifier) reg(r int) {
	if r < 0 || r >= v.p.MaxStackSize {
		v.fail("register %d out of %d", r, v.p.MaxStackSize)
	}
}

// regs checks that the n registers from r exist.
func (v *verifier) regs(r, n int) {
	if n > 0 {
		v.reg(r + n - 1)
	}
}

// konst checks that constant i exists and returns it.
func (v *verifier) konst(i int) Value {
	if i < 0 || i >= len(v.p.Constants) {
		v.fail("constant %d out of %d", i, len(v.p.Constants))
		return Nil
	}
	return v.p.Constants[i]
}

// kstr checks that constant i is a string.
func (v *verifier) kstr(i int) {
	if k := v.konst(i); v.err == nil && !k.IsString() {
		v.fail("constant %d is not a string", i)
	}
}

// rk checks operand C of an instruction whose k bit selects a constant.
func (v *verifier) rk(c int, str bool) {
	switch {
	case !v.ins.K():
		v.reg(c)
	case str:
		v.kstr(c)
	default:
		v.konst(c)
	}
}

// upval checks that upvalue i exists.
func (v *verifier) upval(i int) {
	if i >= len(v.p.Upvalues) {
		v.fail("upvalue %d out of %d", i, len(v.p.Upvalues))
	}
}

// jump records a jump to target, which must be an instruction of the code.
func (v *verifier) jump(target int) {
	if target < 0 || target >= len(v.p.Code) {
		v.fail("jump to %d outside the code", target)
		return
	}
	v.target[target] = true
}

// next returns the following instruction, failing if there is none or it is not
// one of ops.
func (v *verifier) next(what string, ok func(OpCode) bool) {
	if v.pc+1 >= len(v.p.Code) {
		v.fail("not followed by %s", what)
		return
	}
	// The next instruction is not verified yet: its opcode may be out of range.
	if op := v.p.Code[v.pc+1].OpCode(); op >= NumOpCodes || !ok(op) {
		v.fail("not followed by %s", what)
	}
}

// targets checks what jumps land on, once every instruction is known.
func (v *verifier) targets() {
	for pc, hit := range v.target {
		if !hit {
			continue
		}
		v.pc, v.ins = pc, v.p.Code[pc]
		if v.ins.OpCode() == OpExtraArg || (v.ins.OpCode().UsesTop() && v.ins.B() == 0) {
			v.fail("target of a jump")
		}
	}
}

// nested checks the upvalue descriptions of nested protos against this proto.
func (v *verifier) nested() {
	v.pc = -1
	for i, q := range v.p.Protos {
		for j, u := range q.Upvalues {
			limit := len(v.p.Upvalues)
			if u.InStack {
				limit = v.p.MaxStackSize
			}
			if u.Index < 0 || u.Index >= limit || u.Kind > VarClose {
				v.fail("nested function %d upvalue %d: index %d out of %d", i, j, u.Index, limit)
			}
		}
	}
}

// instruction checks the instruction at v.pc.
func (v *verifier) instruction() {
	i, op := v.ins, v.ins.OpCode()
	if !op.Valid() {
		v.fail("unknown opcode %d", uint8(op))
		return
	}
	if v.extra[v.pc] != (op == OpExtraArg) {
		v.fail("EXTRAARG expected here or misplaced")
		return
	}
	a, b, c := i.A(), i.B(), i.C()
	switch {
	case op <= OpLoadNil:
		v.load(op, a, b)
	case op <= OpSelf:
		v.table(op, a, b, c)
	case op <= OpShr:
		v.arith(op, a, b, c)
	case op <= OpMMBinK:
		v.reg(a)
		if v.pc == 0 || !isArith(v.p.Code[v.pc-1].OpCode()) {
			v.fail("not after an arithmetic instruction")
		}
		if op == OpMMBin {
			v.reg(b)
		} else if op == OpMMBinK {
			v.konst(b)
		}
		if c < tmFirstArith || c > tmLastArith {
			v.fail("event %d is not arithmetic", c)
		}
	case op <= OpTBC:
		v.unary(op, a, b)
	case op <= OpTestSet:
		v.test(op, a, b)
	case op <= OpReturn1:
		v.call(op, a, b, c)
	default:
		v.loop(op, a, i.Bx(), c)
	}
}

// load checks MOVE through LOADNIL.
func (v *verifier) load(op OpCode, a, b int) {
	v.reg(a)
	switch op {
	case OpMove:
		v.reg(b)
	case OpLoadK:
		v.konst(v.ins.Bx())
	case OpLoadKX:
		v.needExtra()
		if v.err == nil {
			v.konst(v.p.Code[v.pc+1].Ax())
		}
	case OpLFalseSkip:
		v.jump(v.pc + 2)
	case OpLoadNil:
		v.regs(a, b+1)
	}
}

// needExtra requires the next instruction to be EXTRAARG.
func (v *verifier) needExtra() {
	v.next("EXTRAARG", func(op OpCode) bool { return op == OpExtraArg })
	v.extra[v.pc+1] = true
}

// tableSizes checks NEWTABLE's size hints, which the VM allocates at once, against the
// size of the function, so that a crafted one cannot ask for terabytes. A compiled
// constructor stores its list items with one SETLIST per FieldsPerFlush of them and
// each of its other fields with an instruction of its own.
func (v *verifier) tableSizes(b, c int) {
	narr := c
	if v.ins.K() && v.err == nil {
		narr += v.p.Code[v.pc+1].Ax() * (MaxArgC + 1)
	}
	n := len(v.p.Code)
	if narr > FieldsPerFlush*n || b > bits.Len(uint(2*n)) {
		v.fail("size hints beyond the function's %d instructions", n)
	}
}

// table checks the upvalue and table access opcodes, GETUPVAL through SELF.
func (v *verifier) table(op OpCode, a, b, c int) {
	switch op {
	case OpGetUpval, OpSetUpval:
		v.reg(a)
		v.upval(b)
	case OpGetTabUp:
		v.reg(a)
		v.upval(b)
		v.kstr(c)
	case OpGetTable:
		v.reg(a)
		v.reg(b)
		v.reg(c)
	case OpGetI:
		v.reg(a)
		v.reg(b)
	case OpGetField:
		v.reg(a)
		v.reg(b)
		v.kstr(c)
	case OpSetTabUp:
		v.upval(a)
		v.kstr(b)
		v.rk(c, false)
	case OpSetTable:
		v.reg(a)
		v.reg(b)
		v.rk(c, false)
	case OpSetI:
		v.reg(a)
		v.rk(c, false)
	case OpSetField:
		v.reg(a)
		v.kstr(b)
		v.rk(c, false)
	case OpNewTable:
		v.reg(a)
		v.needExtra() // always: it holds the high part of the array size when k is set
		v.tableSizes(b, c)
	case OpSelf:
		v.regs(a, 2)
		v.reg(b)
		v.rk(c, true)
	}
}

// isArith reports whether op is an arithmetic opcode, ADDI through SHR, which an
// MMBIN* follows: the VM stores the metamethod's result in the A register of the
// instruction before the MMBIN.
func isArith(op OpCode) bool { return op > OpSelf && op <= OpShr }

// arith checks the arithmetic opcodes, which the metamethod fallback must follow.
func (v *verifier) arith(op OpCode, a, b, c int) {
	v.reg(a)
	v.reg(b)
	switch {
	case op >= OpAdd:
		v.reg(c)
	case op >= OpBAndK && op <= OpBXorK:
		if k := v.konst(c); v.err == nil && !k.IsInt() {
			v.fail("constant %d is not an integer", c)
		}
	case op >= OpAddK && op <= OpIDivK:
		if k := v.konst(c); v.err == nil && !k.IsNumber() {
			v.fail("constant %d is not a number", c)
		}
	}
	v.next("a metamethod instruction", OpCode.IsMetamethod)
	v.jump(v.pc + 2)
}

// unary checks UNM through TBC.
func (v *verifier) unary(op OpCode, a, b int) {
	switch op {
	case OpConcat:
		if b < 1 {
			v.fail("concatenation of %d values", b)
		}
		v.regs(a, b)
	case OpClose, OpTBC:
		v.reg(a)
	default:
		v.reg(a)
		v.reg(b)
	}
}

// test checks JMP and the tests, which a JMP must follow.
func (v *verifier) test(op OpCode, a, b int) {
	switch op {
	case OpJmp:
		v.jump(v.pc + 1 + v.ins.SJ())
		return
	case OpEq, OpLt, OpLe, OpTestSet:
		v.reg(a)
		v.reg(b)
	case OpEqK:
		v.reg(a)
		v.konst(b)
	default:
		v.reg(a)
	}
	v.next("JMP", func(op OpCode) bool { return op == OpJmp })
	v.jump(v.pc + 2)
}

// call checks CALL, TAILCALL and the returns: register ranges, the open-results
// protocol and the vararg convention.
func (v *verifier) call(op OpCode, a, b, c int) {
	switch op {
	case OpReturn0:
		return
	case OpReturn1:
		v.reg(a)
		return
	}
	isCall := op == OpCall || op == OpTailCall
	if isCall {
		v.reg(a)
	} else if a > v.p.MaxStackSize {
		v.fail("register %d out of %d", a, v.p.MaxStackSize)
	}
	switch {
	case b == 0 && isCall:
		v.openIn(a + 1)
	case b == 0:
		v.openIn(a)
	case isCall:
		v.regs(a, b)
	default:
		v.regs(a, b-1)
	}
	switch op {
	case OpCall:
		if c == 0 {
			v.openOut()
		}
		v.regs(a, c-1)
	case OpTailCall:
		v.varargC(c)
		v.next("RETURN", func(op OpCode) bool { return op == OpReturn })
	case OpReturn:
		v.varargC(c)
	}
}

// varargC checks the C operand of RETURN and TAILCALL.
func (v *verifier) varargC(c int) {
	want := 0
	if v.p.IsVararg {
		want = v.p.NumParams + 1
	}
	if c != want {
		v.fail("C is %d, want %d", c, want)
	}
}

// openIn checks a B == 0 operand whose values start at register first: the previous
// instruction left open results, starting at first or above, so that the values
// from first to the top are there.
func (v *verifier) openIn(first int) {
	if v.pc == 0 {
		v.fail("B == 0 without open results")
		return
	}
	prev := v.p.Code[v.pc-1]
	switch prev.OpCode() {
	case OpCall, OpVararg:
		if prev.C() != 0 {
			v.fail("B == 0 without open results")
		}
	case OpTailCall:
	default:
		v.fail("B == 0 without open results")
	}
	if v.err == nil && prev.A() < first {
		v.fail("open results from register %d, below %d", prev.A(), first)
	}
}

// openOut checks that open results are consumed by the next instruction.
func (v *verifier) openOut() {
	v.next("an instruction taking open results", func(op OpCode) bool {
		return op.UsesTop() && op != OpVarargPrep
	})
	if v.err == nil && v.p.Code[v.pc+1].B() != 0 {
		v.fail("open results not consumed")
	}
}

// loop checks the loops, SETLIST, CLOSURE and the vararg opcodes.
func (v *verifier) loop(op OpCode, a, bx, c int) {
	switch op {
	case OpForLoop, OpTForLoop:
		v.regs(a, 4)
		if op == OpTForLoop {
			v.regs(a, 5)
		}
		v.jump(v.pc + 1 - bx)
	case OpForPrep:
		v.regs(a, 4)
		v.jump(v.pc + bx + 2)
	case OpTForPrep:
		v.regs(a, 4)
		v.jump(v.pc + 1 + bx)
		if t := v.pc + 1 + bx; v.err == nil && v.p.Code[t].OpCode() != OpTForCall {
			v.fail("does not jump to TFORCALL")
		}
	case OpTForCall:
		v.regs(a, 7)
		v.regs(a, 4+c)
		v.next("TFORLOOP", func(op OpCode) bool { return op == OpTForLoop })
	case OpSetList:
		v.setList(a)
	case OpClosure:
		v.reg(a)
		if bx >= len(v.p.Protos) {
			v.fail("function %d out of %d", bx, len(v.p.Protos))
		}
	case OpVararg:
		v.vararg(a, c)
	case OpVarargPrep:
		if v.pc != 0 || !v.p.IsVararg {
			v.fail("VARARGPREP outside the start of a vararg function")
		}
	}
}

// setList checks SETLIST.
func (v *verifier) setList(a int) {
	v.reg(a)
	if b := v.ins.B(); b == 0 {
		v.openIn(a + 1)
	} else {
		v.regs(a, b+1)
	}
	if v.ins.K() {
		v.needExtra()
	}
}

// vararg checks VARARG.
func (v *verifier) vararg(a, c int) {
	if !v.p.IsVararg {
		v.fail("VARARG in a function without varargs")
	}
	v.reg(a)
	if c == 0 {
		v.openOut()
	}
	v.regs(a, c-1)
}
