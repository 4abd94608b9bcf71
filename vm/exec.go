// This file holds the dispatch loop, which runs the innermost Lua frame of the running
// thread instruction by instruction.
//
// The loop keeps few values live: the frame, its register window R (an array pointer
// over the stack, indexed by the 8-bit operands, so the bytecode must be verified), the
// constants, the code and pc. Each opcode's fast path is inline; metamethods, coercions
// and errors are in named helpers. Before anything that can raise an error or call, the
// loop stores pc in the frame, so that messages and tracebacks find the current line.
//
// A call, a return or a metamethod changes the innermost frame (or even the running
// thread): the loop then goes back to reentry and reloads everything from the new
// innermost frame. When a metamethod called by an instruction returns, finishOp
// completes that instruction (stores the result, takes the jump of a comparison, or
// repeats a CLOSE or RETURN that has more variables to close).

package vm

import (
	"log/slog"

	"github.com/pluto-go/pluto-go/heap"
)

// execute runs Lua frames of the running thread until the run's boundary frame returns.
func (m *VM) execute() {
reentry:
	if m.stop {
		return
	}
	th := m.th
	fr := &th.Frames[len(th.Frames)-1]
	cl := fr.Closure
	if cl == nil {
		panic("internal error: dispatch loop entered on a builtin frame")
	}
	p := cl.Proto
	code := p.Code
	k := p.Constants
	base := fr.Base
	R := (*[256]heap.Value)(th.Stack[base : base+256])
	pc := fr.PC
	for {
		i := code[pc]
		pc++
		if m.hook != nil && (pc > 1 || !p.IsVararg) {
			fr.PC = pc
			m.traceExec(m.hook, fr, pc-1)
			fr = &th.Frames[len(th.Frames)-1]
			R = (*[256]heap.Value)(th.Stack[base : base+256])
		}
		switch i.OpCode() {
		case heap.OpMove:
			R[i.A()] = R[i.B()]
		case heap.OpLoadI:
			R[i.A()] = heap.Int(int64(i.SBx()))
		case heap.OpLoadF:
			R[i.A()] = heap.Float(float64(i.SBx()))
		case heap.OpLoadK:
			R[i.A()] = k[i.Bx()]
		case heap.OpLoadKX:
			R[i.A()] = k[code[pc].Ax()]
			pc++
		case heap.OpLoadFalse:
			R[i.A()] = heap.False
		case heap.OpLFalseSkip:
			R[i.A()] = heap.False
			pc++
		case heap.OpLoadTrue:
			R[i.A()] = heap.True
		case heap.OpLoadNil:
			for a, b := i.A(), i.B(); b >= 0; b-- {
				R[(a+b)&0xff] = heap.Nil
			}
		case heap.OpGetUpval:
			R[i.A()] = cl.Upvalues[i.B()].Get()
		case heap.OpSetUpval:
			cl.Upvalues[i.B()].Set(R[i.A()])

		case heap.OpGetTabUp:
			t, key := cl.Upvalues[i.B()].Get(), k[i.C()]
			if t.IsTable() {
				tab := t.AsTable()
				if v := tab.GetStr(key.AsString()); !v.IsNil() || tab.Meta == nil {
					R[i.A()] = v
					continue
				}
			}
			fr.PC = pc
			if m.getSlow(t, key, upval(i.B()), i.A()) {
				goto reentry
			}
		case heap.OpGetTable:
			t, key := R[i.B()], R[i.C()]
			if t.IsTable() {
				tab := t.AsTable()
				if v := tab.Get(key); !v.IsNil() || tab.Meta == nil {
					R[i.A()] = v
					continue
				}
			}
			fr.PC = pc
			if m.getSlow(t, key, reg(i.B()), i.A()) {
				goto reentry
			}
		case heap.OpGetI:
			t := R[i.B()]
			if t.IsTable() {
				tab := t.AsTable()
				if v := tab.GetInt(int64(i.C())); !v.IsNil() || tab.Meta == nil {
					R[i.A()] = v
					continue
				}
			}
			fr.PC = pc
			if m.getSlow(t, heap.Int(int64(i.C())), reg(i.B()), i.A()) {
				goto reentry
			}
		case heap.OpGetField:
			t, key := R[i.B()], k[i.C()]
			if t.IsTable() {
				tab := t.AsTable()
				if v := tab.GetStr(key.AsString()); !v.IsNil() || tab.Meta == nil {
					R[i.A()] = v
					continue
				}
			}
			fr.PC = pc
			if m.getSlow(t, key, reg(i.B()), i.A()) {
				goto reentry
			}
		case heap.OpSetTabUp:
			t, key, v := cl.Upvalues[i.A()].Get(), k[i.B()], rk(R, k, i)
			if t.IsTable() && t.AsTable().Meta == nil {
				t.AsTable().SetStr(key.AsString(), v)
				continue
			}
			fr.PC = pc
			if m.setSlow(t, key, v, upval(i.A())) {
				goto reentry
			}
		case heap.OpSetTable:
			t, key, v := R[i.A()], R[i.B()], rk(R, k, i)
			if t.IsTable() && t.AsTable().Meta == nil && key.IsInt() {
				t.AsTable().SetInt(key.AsInt(), v)
				continue
			}
			fr.PC = pc
			if m.setSlow(t, key, v, reg(i.A())) {
				goto reentry
			}
		case heap.OpSetI:
			t, v := R[i.A()], rk(R, k, i)
			if t.IsTable() && t.AsTable().Meta == nil {
				t.AsTable().SetInt(int64(i.B()), v)
				continue
			}
			fr.PC = pc
			if m.setSlow(t, heap.Int(int64(i.B())), v, reg(i.A())) {
				goto reentry
			}
		case heap.OpSetField:
			t, key, v := R[i.A()], k[i.B()], rk(R, k, i)
			if t.IsTable() && t.AsTable().Meta == nil {
				t.AsTable().SetStr(key.AsString(), v)
				continue
			}
			fr.PC = pc
			if m.setSlow(t, key, v, reg(i.A())) {
				goto reentry
			}
		case heap.OpNewTable:
			b, c := i.B(), i.C()
			if b > 0 {
				b = 1 << (b - 1)
			}
			if i.K() {
				c += code[pc].Ax() * (heap.MaxArgC + 1)
			}
			pc++
			R[i.A()] = heap.TableValue(heap.NewTable(c, b))
			if m.gc.armed {
				fr.PC = pc
				if m.allocated(base + i.A() + 1) {
					goto reentry
				}
			}
		case heap.OpSelf:
			obj := R[i.B()]
			key := rk(R, k, i)
			R[i.A()+1] = obj
			if obj.IsTable() && key.IsString() {
				tab := obj.AsTable()
				if v := tab.GetStr(key.AsString()); !v.IsNil() || tab.Meta == nil {
					R[i.A()] = v
					continue
				}
			}
			fr.PC = pc
			if m.getSlow(obj, key, reg(i.B()), i.A()) {
				goto reentry
			}

		case heap.OpAddI:
			b, imm := R[i.B()], int64(i.SC())
			if b.IsInt() {
				R[i.A()] = heap.Int(b.AsInt() + imm)
				pc++
			} else if b.IsFloat() {
				R[i.A()] = heap.Float(b.AsFloat() + float64(imm))
				pc++
			}
		case heap.OpAddK, heap.OpSubK, heap.OpMulK:
			b, c := R[i.B()], k[i.C()]
			if b.IsInt() && c.IsInt() {
				R[i.A()] = heap.Int(intAddSubMul(i.OpCode()-heap.OpAddK, b.AsInt(), c.AsInt()))
				pc++
			} else if x, y, ok := floatPair(b, c); ok {
				R[i.A()] = heap.Float(floatAddSubMul(i.OpCode()-heap.OpAddK, x, y))
				pc++
			}
		case heap.OpModK, heap.OpPowK, heap.OpDivK, heap.OpIDivK,
			heap.OpBAndK, heap.OpBOrK, heap.OpBXorK:
			fr.PC = pc
			if v, ok := m.arithNumbers(opEvent(i.OpCode()), R[i.B()], k[i.C()]); ok {
				R[i.A()] = v
				pc++
			}
		case heap.OpShrI:
			if x, ok := toInteger(R[i.B()]); ok {
				R[i.A()] = heap.Int(heap.ShiftRight(x, int64(i.SC())))
				pc++
			}
		case heap.OpShlI:
			if x, ok := toInteger(R[i.B()]); ok {
				R[i.A()] = heap.Int(heap.ShiftLeft(int64(i.SC()), x))
				pc++
			}
		case heap.OpAdd, heap.OpSub, heap.OpMul:
			b, c := R[i.B()], R[i.C()]
			if b.IsInt() && c.IsInt() {
				R[i.A()] = heap.Int(intAddSubMul(i.OpCode()-heap.OpAdd, b.AsInt(), c.AsInt()))
				pc++
			} else if x, y, ok := floatPair(b, c); ok {
				R[i.A()] = heap.Float(floatAddSubMul(i.OpCode()-heap.OpAdd, x, y))
				pc++
			}
		case heap.OpMod, heap.OpPow, heap.OpDiv, heap.OpIDiv,
			heap.OpBAnd, heap.OpBOr, heap.OpBXor, heap.OpShl, heap.OpShr:
			fr.PC = pc
			if v, ok := m.arithNumbers(opEvent(i.OpCode()), R[i.B()], R[i.C()]); ok {
				R[i.A()] = v
				pc++
			}
		case heap.OpMMBin:
			fr.PC = pc
			m.binaryMeta(event(i.C()), R[i.A()], R[i.B()], reg(i.A()), reg(i.B()))
			goto reentry
		case heap.OpMMBinI:
			fr.PC = pc
			imm := heap.Int(int64(i.SB()))
			if i.K() {
				m.binaryMeta(event(i.C()), imm, R[i.A()], operand{}, reg(i.A()))
			} else {
				m.binaryMeta(event(i.C()), R[i.A()], imm, reg(i.A()), operand{})
			}
			goto reentry
		case heap.OpMMBinK:
			fr.PC = pc
			if i.K() {
				m.binaryMeta(event(i.C()), k[i.B()], R[i.A()], operand{}, reg(i.A()))
			} else {
				m.binaryMeta(event(i.C()), R[i.A()], k[i.B()], reg(i.A()), operand{})
			}
			goto reentry
		case heap.OpUnm:
			b := R[i.B()]
			switch {
			case b.IsInt():
				R[i.A()] = heap.Int(-b.AsInt())
			case b.IsFloat():
				R[i.A()] = heap.Float(-b.AsFloat())
			default:
				fr.PC = pc
				m.binaryMeta(eventUnm, b, b, reg(i.B()), reg(i.B()))
				goto reentry
			}
		case heap.OpBNot:
			if x, ok := toInteger(R[i.B()]); ok {
				R[i.A()] = heap.Int(^x)
				continue
			}
			fr.PC = pc
			m.binaryMeta(eventBNot, R[i.B()], R[i.B()], reg(i.B()), reg(i.B()))
			goto reentry
		case heap.OpNot:
			R[i.A()] = heap.Bool(R[i.B()].IsFalsy())
		case heap.OpLen:
			fr.PC = pc
			if m.length(R[i.B()], i.A(), i.B()) {
				goto reentry
			}
		case heap.OpConcat:
			fr.PC = pc
			th.Top = base + i.A() + i.B()
			if m.concat(base+i.A(), i.B()) {
				goto reentry
			}
			if m.gc.armed && m.allocated(base+i.A()+1) {
				goto reentry
			}
		case heap.OpClose:
			fr.PC = pc
			if m.closeStep(base+i.A(), fr.Top) {
				goto reentry
			}
		case heap.OpTBC:
			fr.PC = pc
			m.markTBC(base + i.A())
		case heap.OpJmp:
			if sj := i.SJ(); sj >= 0 {
				pc += sj
			} else {
				pc += sj
				if m.steps--; m.steps <= 0 || m.interrupt.Load() {
					fr.PC = pc + 1 // code[pc] is current, as for a hook called before it runs
					m.countedStop()
				}
			}

		case heap.OpEq:
			a, b := R[i.A()], R[i.B()]
			if tm := m.eqMetamethod(a, b); !tm.IsNil() {
				fr.PC = pc
				m.callMeta(fr.Top, 1, tm, a, b)
				goto reentry
			}
			if heap.RawEqual(a, b) != i.K() {
				pc++
			} else if sj := code[pc].SJ(); sj >= 0 {
				pc += sj + 1
			} else {
				pc = m.backJump(fr, pc+sj+1)
			}
		case heap.OpLt, heap.OpLe:
			a, b := R[i.A()], R[i.B()]
			e := eventLt + event(i.OpCode()-heap.OpLt)
			r, ok := compareRaw(e, a, b)
			if !ok {
				fr.PC = pc
				m.orderMeta(e, a, b)
				goto reentry
			}
			if r != i.K() {
				pc++
			} else if sj := code[pc].SJ(); sj >= 0 {
				pc += sj + 1
			} else {
				pc = m.backJump(fr, pc+sj+1)
			}
		case heap.OpEqK:
			if heap.RawEqual(R[i.A()], k[i.B()]) != i.K() {
				pc++
			} else if sj := code[pc].SJ(); sj >= 0 {
				pc += sj + 1
			} else {
				pc = m.backJump(fr, pc+sj+1)
			}
		case heap.OpEqI:
			if equalImmediate(R[i.A()], i.SB()) != i.K() {
				pc++
			} else if sj := code[pc].SJ(); sj >= 0 {
				pc += sj + 1
			} else {
				pc = m.backJump(fr, pc+sj+1)
			}
		case heap.OpLtI:
			if v := R[i.A()]; v.IsInt() {
				if (v.AsInt() < int64(i.SB())) != i.K() {
					pc++
				} else if sj := code[pc].SJ(); sj >= 0 {
					pc += sj + 1
				} else {
					pc = m.backJump(fr, pc+sj+1)
				}
				continue
			}
			fallthrough
		case heap.OpLeI, heap.OpGtI, heap.OpGeI:
			r, ok := compareImmediate(i.OpCode(), R[i.A()], i.SB())
			if !ok {
				fr.PC = pc
				m.orderImmediateMeta(i, R[i.A()])
				goto reentry
			}
			if r != i.K() {
				pc++
			} else if sj := code[pc].SJ(); sj >= 0 {
				pc += sj + 1
			} else {
				pc = m.backJump(fr, pc+sj+1)
			}
		case heap.OpTest:
			if R[i.A()].IsFalsy() == i.K() {
				pc++
			} else if sj := code[pc].SJ(); sj >= 0 {
				pc += sj + 1
			} else {
				pc = m.backJump(fr, pc+sj+1)
			}
		case heap.OpTestSet:
			if b := R[i.B()]; b.IsFalsy() == i.K() {
				pc++
			} else if R[i.A()] = b; code[pc].SJ() >= 0 {
				pc += code[pc].SJ() + 1
			} else {
				pc = m.backJump(fr, pc+code[pc].SJ()+1)
			}

		case heap.OpCall:
			fn := base + i.A()
			if b := i.B(); b != 0 {
				th.Top = fn + b
			}
			fr.PC = pc
			if m.steps--; m.steps <= 0 || m.interrupt.Load() {
				m.countedStop()
			}
			if f := th.Stack[fn]; f.IsClosure() {
				m.pushLua(f.AsClosure(), fn, i.C()-1, 0)
			} else {
				m.precall(fn, i.C()-1)
			}
			goto reentry
		case heap.OpTailCall:
			fn := base + i.A()
			if b := i.B(); b != 0 {
				th.Top = fn + b
			}
			fr.PC = pc
			if i.K() {
				th.CloseUpvalues(base)
			}
			if m.steps--; m.steps <= 0 || m.interrupt.Load() {
				m.countedStop()
			}
			m.tailcall(fn)
			goto reentry
		case heap.OpReturn:
			ra := base + i.A()
			n := i.B() - 1
			if n < 0 {
				n = th.Top - ra
			}
			fr.PC = pc
			if i.K() {
				fr.NRet = n
				if m.closeStep(base, max(ra+n, fr.Top)) {
					goto reentry
				}
			}
			m.ret(th.Stack[ra : ra+n])
			goto reentry
		case heap.OpReturn0:
			fr.PC = pc
			if !m.quickReturn(th, base, 0) {
				m.ret(nil)
			}
			goto reentry
		case heap.OpReturn1:
			fr.PC = pc
			ra := base + i.A()
			if !m.quickReturn(th, ra, 1) {
				m.ret(th.Stack[ra : ra+1])
			}
			goto reentry

		case heap.OpForLoop:
			a := i.A()
			if R[a+2].IsInt() {
				if count := uint64(R[a+1].AsInt()); count > 0 {
					idx := R[a].AsInt() + R[a+2].AsInt()
					R[a+1] = heap.Int(int64(count - 1))
					R[a] = heap.Int(idx)
					R[a+3] = heap.Int(idx)
					pc -= i.Bx()
				}
			} else if floatForLoop(R, a) {
				pc -= i.Bx()
			}
			if m.steps--; m.steps <= 0 || m.interrupt.Load() {
				fr.PC = pc + 1 // code[pc] is current, as for a hook called before it runs
				m.countedStop()
			}
		case heap.OpForPrep:
			fr.PC = pc
			if m.forPrep(R, i.A()) {
				pc += i.Bx() + 1
			}
		case heap.OpTForPrep:
			fr.PC = pc
			m.markTBC(base + i.A() + 3)
			pc += i.Bx() + 1 // into the TFORCALL at once: Lua gives it no hook event
			fr.PC = pc
			m.tforCall(base+i.A(), code[pc-1].C())
			goto reentry
		case heap.OpTForCall:
			fr.PC = pc
			m.tforCall(base+i.A(), i.C())
			goto reentry
		case heap.OpTForLoop:
			a := i.A()
			if !R[a+4].IsNil() {
				R[a+2] = R[a+4]
				pc -= i.Bx()
				if m.steps--; m.steps <= 0 || m.interrupt.Load() {
					fr.PC = pc + 1 // code[pc] is current, as for a hook called before it runs
					m.countedStop()
				}
			}
		case heap.OpSetList:
			n, last := i.B(), i.C()
			if n == 0 {
				n = th.Top - (base + i.A()) - 1
			}
			if i.K() {
				last += code[pc].Ax() * (heap.MaxArgC + 1)
				pc++
			}
			fr.PC = pc
			m.setList(base+i.A(), n, last)
		case heap.OpClosure:
			R[i.A()] = heap.ClosureValue(m.newClosure(p.Protos[i.Bx()], cl, base))
			if m.gc.armed {
				fr.PC = pc
				if m.allocated(base + i.A() + 1) {
					goto reentry
				}
			}
		case heap.OpVararg:
			fr.PC = pc
			m.vararg(fr, i.A(), i.C()-1)
			goto reentry
		case heap.OpVarargPrep:
			fr.PC = pc
			m.varargPrep(fr)
			if h := m.hook; h != nil {
				m.hookCall(th.CurrentFrame())
				h.oldPC = 1
			}
			goto reentry
		default:
			panic("internal error: unexpected opcode " + i.OpCode().String())
		}
	}
}

// quickReturn returns n results at stack[ra:] from a plain Lua frame to a Lua caller
// that called it with OP_CALL, the common case, reporting false when the general
// path is needed.
func (m *VM) quickReturn(th *heap.Thread, ra, n int) bool {
	nf := len(th.Frames)
	fr := &th.Frames[nf-1]
	if m.hook != nil || fr.Flags != 0 || nf < 2 || len(th.TBC) > 0 && th.TBC[len(th.TBC)-1] >= fr.Base {
		return false
	}
	caller := &th.Frames[nf-2]
	if caller.Closure == nil || caller.Closure.Proto.Code[caller.PC-1].OpCode() != heap.OpCall {
		return false
	}
	fn, want := fr.Func, fr.NResults
	if want < 0 {
		want = n
	}
	if n > want {
		n = want
	}
	if n == 1 {
		th.Stack[fn] = th.Stack[ra]
	} else {
		copy(th.Stack[fn:fn+n], th.Stack[ra:ra+n])
	}
	for j := fn + n; j < fn+want; j++ {
		th.Stack[j] = heap.Nil
	}
	th.Top = fn + want
	th.Frames = th.Frames[:nf-1]
	return true
}

// setList stores the n values above stack index ra in the table at ra, from index
// last+1. That is the table NEWTABLE made, unless debug.setlocal or a snapshot put
// another value in its register: indexing that is an error, not a crash.
func (m *VM) setList(ra, n, last int) {
	t := m.th.Stack[ra]
	if !t.IsTable() {
		m.typeError(t, "index", reg(ra-m.th.CurrentFrame().Base))
	}
	t.AsTable().SetList(int64(last+1), m.th.Stack[ra+1:ra+1+n])
}

// rk returns the C operand of i as a register or, with the k bit, a constant.
func rk(R *[256]heap.Value, k []heap.Value, i heap.Instruction) heap.Value {
	if i.K() {
		return k[i.C()]
	}
	return R[i.C()]
}

// opEvent returns the metamethod event of an arithmetic opcode.
func opEvent(op heap.OpCode) event {
	switch {
	case op >= heap.OpAdd && op <= heap.OpShr:
		return eventAdd + event(op-heap.OpAdd)
	case op >= heap.OpAddK && op <= heap.OpBXorK:
		return eventAdd + event(op-heap.OpAddK)
	}
	panic("internal error: not an arithmetic opcode")
}

// intAddSubMul performs +, - or * (selected by 0, 1, 2) on integers.
func intAddSubMul(op heap.OpCode, x, y int64) int64 {
	switch op {
	case 0:
		return x + y
	case 1:
		return x - y
	}
	return x * y
}

// floatAddSubMul performs +, - or * (selected by 0, 1, 2) on floats.
func floatAddSubMul(op heap.OpCode, x, y float64) float64 {
	switch op {
	case 0:
		return x + y
	case 1:
		return x - y
	}
	return x * y
}

// equalImmediate reports v == imm for the immediate operand of EQI.
func equalImmediate(v heap.Value, imm int) bool {
	switch {
	case v.IsInt():
		return v.AsInt() == int64(imm)
	case v.IsFloat():
		return v.AsFloat() == float64(imm)
	}
	return false
}

// compareImmediate evaluates LTI, LEI, GTI or GEI for a number v, reporting false in
// ok when v is not a number.
func compareImmediate(op heap.OpCode, v heap.Value, imm int) (result, ok bool) {
	var c int
	switch {
	case v.IsInt():
		x, y := v.AsInt(), int64(imm)
		c = cmp3(x < y, x > y)
	case v.IsFloat():
		x, y := v.AsFloat(), float64(imm)
		if x != x {
			return false, true
		}
		c = cmp3(x < y, x > y)
	default:
		return false, false
	}
	switch op {
	case heap.OpLtI:
		return c < 0, true
	case heap.OpLeI:
		return c <= 0, true
	case heap.OpGtI:
		return c > 0, true
	}
	return c >= 0, true
}

func cmp3(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}

// orderImmediateMeta calls the order metamethod for LTI/LEI/GTI/GEI with a non-number
// v; GTI and GEI swap the operands (a > b is b < a).
func (m *VM) orderImmediateMeta(i heap.Instruction, v heap.Value) {
	imm := heap.Int(int64(i.SB()))
	if i.C() != 0 {
		imm = heap.Float(float64(i.SB()))
	}
	switch i.OpCode() {
	case heap.OpLtI:
		m.orderMeta(eventLt, v, imm)
	case heap.OpLeI:
		m.orderMeta(eventLe, v, imm)
	case heap.OpGtI:
		m.orderMeta(eventLt, imm, v)
	default:
		m.orderMeta(eventLe, imm, v)
	}
}

// getSlow finishes an indexing instruction whose fast path failed: it stores the
// value in register a, or calls the __index function and reports true.
func (m *VM) getSlow(t, key heap.Value, o operand, a int) bool {
	val, fn, obj := m.indexStep(t, key, o)
	if fn.IsNil() {
		fr := m.th.CurrentFrame()
		m.th.Stack[fr.Base+a] = val
		return false
	}
	m.callMeta(m.th.CurrentFrame().Top, 1, fn, obj, key)
	return true
}

// setSlow finishes an assignment instruction whose fast path failed, reporting true if
// it called a __newindex function.
func (m *VM) setSlow(t, key, v heap.Value, o operand) bool {
	fn, obj := m.newindexStep(t, key, v, o)
	if fn.IsNil() {
		return false
	}
	m.callMeta(m.th.CurrentFrame().Top, 0, fn, obj, key, v)
	return true
}

// length performs R[a] = #R[b], reporting true if it called a __len metamethod.
func (m *VM) length(v heap.Value, a, b int) bool {
	fr := m.th.CurrentFrame()
	switch {
	case v.IsString():
		m.th.Stack[fr.Base+a] = heap.Int(int64(len(v.AsString())))
		return false
	case v.IsTable():
		if tm := m.metamethod(v, eventLen); tm.IsNil() {
			m.th.Stack[fr.Base+a] = heap.Int(v.AsTable().Len())
			return false
		}
	}
	tm := m.metamethod(v, eventLen)
	if tm.IsNil() {
		m.typeError(v, "get length of", reg(b))
	}
	m.callMeta(fr.Top, 1, tm, v, v)
	return true
}

// callMeta calls metamethod tm with args from the dispatch loop, placing the call at
// stack index at; finishOp uses the nres results when it returns.
func (m *VM) callMeta(at, nres int, tm heap.Value, args ...heap.Value) {
	th := m.th
	m.ensureStack(at + 1 + len(args) + stackSlack)
	th.Stack[at] = tm
	copy(th.Stack[at+1:], args)
	th.Top = at + 1 + len(args)
	m.precallC(at, nres, 0)
}

// finishOp completes the instruction of Lua frame fr that called a metamethod whose
// result is at stack index res.
func (m *VM) finishOp(fr *heap.Frame, res int) {
	th := m.th
	p := fr.Closure.Proto
	i := p.Code[fr.PC-1]
	switch i.OpCode() {
	case heap.OpMMBin, heap.OpMMBinI, heap.OpMMBinK:
		th.Stack[fr.Base+p.Code[fr.PC-2].A()] = th.Stack[res]
	case heap.OpUnm, heap.OpBNot, heap.OpLen, heap.OpGetTabUp, heap.OpGetTable,
		heap.OpGetI, heap.OpGetField, heap.OpSelf:
		th.Stack[fr.Base+i.A()] = th.Stack[res]
	case heap.OpEq, heap.OpLt, heap.OpLe, heap.OpLtI, heap.OpLeI, heap.OpGtI, heap.OpGeI:
		r := !th.Stack[res].IsFalsy()
		if fr.Flags&heap.FrameNegate != 0 {
			fr.Flags &^= heap.FrameNegate
			r = !r
		}
		if r != i.K() {
			fr.PC++
		}
	case heap.OpConcat:
		first := fr.Base + i.A()
		th.Stack[res-2] = th.Stack[res]
		th.Top = res - 1
		m.concat(first, res-1-first)
	case heap.OpClose:
		fr.PC--
		m.repeatOp()
	case heap.OpReturn:
		th.Top = fr.Base + i.A() + fr.NRet
		fr.PC--
		m.repeatOp()
	}
}

// repeatOp tells the hook that the next instruction repeats the current one.
func (m *VM) repeatOp() {
	if m.hook != nil {
		m.hook.again = true
	}
}

// newClosure creates a closure of p inside the Lua function cl whose registers start
// at base, capturing its upvalues.
func (m *VM) newClosure(p *heap.Proto, cl *heap.Closure, base int) *heap.Closure {
	ncl := heap.NewClosure(p)
	for j, d := range p.Upvalues {
		if d.InStack {
			ncl.Upvalues[j] = m.th.FindUpvalue(base + d.Index)
		} else {
			ncl.Upvalues[j] = cl.Upvalues[d.Index]
		}
	}
	return ncl
}

// vararg copies n extra arguments of frame fr (all of them if n < 0, setting the top)
// to its registers from a.
func (m *VM) vararg(fr *heap.Frame, a, n int) {
	th := m.th
	nextra := fr.NExtra
	if n < 0 {
		n = nextra
		m.ensureStack(fr.Base + a + n + stackSlack)
		th.Top = fr.Base + a + n
	}
	src := fr.Func + 1 + fr.Closure.Proto.NumParams
	for j := range n {
		if j < nextra {
			th.Stack[fr.Base+a+j] = th.Stack[src+j]
		} else {
			th.Stack[fr.Base+a+j] = heap.Nil
		}
	}
}

// varargPrep moves the fixed parameters of a vararg function above its extra
// arguments, which stay in place for VARARG to read. As in Lua, a copy of the function
// sits between them, so a vararg frame takes the stack room it takes in Lua.
func (m *VM) varargPrep(fr *heap.Frame) {
	th := m.th
	p := fr.Closure.Proto
	nargs := th.Top - fr.Func - 1
	nfix := p.NumParams
	newBase := fr.Func + 2 + nargs
	m.ensureStack(newBase + p.MaxStackSize + stackSlack)
	fr = th.CurrentFrame()
	th.Stack[newBase-1] = th.Stack[fr.Func]
	copy(th.Stack[newBase:newBase+nfix], th.Stack[fr.Func+1:fr.Func+1+nfix])
	for j := fr.Func + 1; j < fr.Func+1+nfix; j++ {
		th.Stack[j] = heap.Nil
	}
	fr.NExtra = nargs - nfix
	fr.Base = newBase
	fr.Top = newBase + p.MaxStackSize
	th.Top = fr.Top
}

// tailcall replaces the current Lua frame by a call of the Lua function at stack index
// fn (arguments above it up to the top), reusing the frame's function slot.
func (m *VM) tailcall(fn int) {
	th := m.th
	for f := th.Stack[fn]; !f.IsFunction(); f = th.Stack[fn] {
		m.insertCallMeta(fn, f)
	}
	if f := th.Stack[fn]; f.Kind() == heap.KindBuiltin {
		// As in Lua, a builtin called in tail position runs above the calling frame,
		// which then returns its results (see returned).
		m.callBuiltin(f.AsBuiltin(), fn, heap.MultRet, 0)
		return
	}
	fr := th.CurrentFrame()
	dst, nres, flags := fr.Func, fr.NResults, fr.Flags|heap.FrameTailCall
	n := th.Top - fn
	copy(th.Stack[dst:dst+n], th.Stack[fn:th.Top])
	th.Top = dst + n
	th.Frames = th.Frames[:len(th.Frames)-1]
	m.pushLua(th.Stack[dst].AsClosure(), dst, nres, flags)
}

// tforCall calls the iterator of the generic for whose hidden variables start at stack
// index ra with its state and control value, for nres results above them.
func (m *VM) tforCall(ra, nres int) {
	th := m.th
	copy(th.Stack[ra+4:ra+7], th.Stack[ra:ra+3])
	th.Top = ra + 7
	m.precallC(ra+4, nres, 0)
}

// countedStop raises the error that stops the loop at a counted step (a call or a
// backward jump): the interrupt's, when Interrupt asked for one, or else the error of an
// exhausted step budget.
// backJump counts the backward jump to target that a test or comparison instruction
// takes, as a JMP of its own counts one, so that the step limit and interrupts stop a
// repeat-until loop too; it returns target.
func (m *VM) backJump(fr *heap.Frame, target int) int {
	if m.steps--; m.steps <= 0 || m.interrupt.Load() {
		fr.PC = target + 1 // code[target] is current, as for a hook called before it runs
		m.countedStop()
	}
	return target
}

func (m *VM) countedStop() {
	if m.interrupt.Swap(false) {
		m.interruptError()
	}
	m.cfg.logger.Warn("step limit reached", slog.Int64("steps", m.cfg.maxSteps))
	m.steps = 1 << 62
	panic(&throw{value: heap.String(ErrStepLimit.Error()), hostErr: ErrStepLimit})
}
