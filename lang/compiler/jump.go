// This file manages jumps. A forward jump whose target is not known yet is part of a
// jump list: the pending JMPs are chained through their own offset fields (an offset
// of -1, "jump to itself", ends the list) until the list is patched. Tests emitted by
// 'and', 'or' and comparisons are TEST/TESTSET/EQ... instructions followed by such a
// JMP; a TESTSET in a list either keeps its destination register (when the value of
// the test is the value of the expression) or degrades to a TEST.

package compiler

import "github.com/pluto-go/pluto-go/heap"

// getJump returns the destination of the jump at pc, or noJump at the end of a list.
func (fs *funcState) getJump(pc int) int {
	offset := fs.f.Code[pc].SJ()
	if offset == noJump {
		return noJump
	}
	return pc + 1 + offset
}

// fixJump makes the jump at pc go to dest.
func (fs *funcState) fixJump(pc, dest int) {
	offset := dest - (pc + 1)
	if dest == noJump {
		panic("internal error: jump to an unknown target")
	}
	if offset < -heap.OffsetSJ || offset > heap.MaxArgSJ-heap.OffsetSJ {
		fs.c.syntaxError("control structure too long", "")
	}
	fs.f.Code[pc] = fs.f.Code[pc].WithSJ(offset)
}

// concat appends jump list l2 to the list *l1.
func (fs *funcState) concat(l1 *int, l2 int) {
	switch {
	case l2 == noJump:
	case *l1 == noJump:
		*l1 = l2
	default:
		list := *l1
		for next := fs.getJump(list); next != noJump; next = fs.getJump(list) {
			list = next
		}
		fs.fixJump(list, l2)
	}
}

// jump emits a JMP to be patched later and returns its pc.
func (fs *funcState) jump() int {
	return fs.code(heap.SJ(heap.OpJmp, noJump))
}

// jumpTo emits a jump to the known position target.
func (fs *funcState) jumpTo(target int) { fs.patchList(fs.jump(), target) }

// condJump emits a test or comparison followed by its JMP and returns the JMP's pc.
func (fs *funcState) condJump(op heap.OpCode, a, b, c int, k bool) int {
	fs.codeABCk(op, a, b, c, k)
	return fs.jump()
}

// getLabel returns the current pc and marks it as a jump target, which forbids
// merging the next instruction with the previous one.
func (fs *funcState) getLabel() int {
	fs.lastTarget = fs.pc()
	return fs.pc()
}

// jumpControl returns the pc of the instruction controlling the jump at pc: the test
// before it, or the jump itself when it is unconditional.
func (fs *funcState) jumpControl(pc int) int {
	if pc >= 1 && fs.f.Code[pc-1].OpCode().IsTest() {
		return pc - 1
	}
	return pc
}

// patchTestReg sets the destination register of the TESTSET controlling the jump at
// node, or turns it into a TEST when reg is noReg or already holds the value. It
// reports false when the jump is not controlled by a TESTSET.
func (fs *funcState) patchTestReg(node, reg int) bool {
	pc := fs.jumpControl(node)
	ins := fs.f.Code[pc]
	if ins.OpCode() != heap.OpTestSet {
		return false
	}
	if reg != noReg && reg != ins.B() {
		fs.f.Code[pc] = ins.WithA(reg)
	} else {
		fs.f.Code[pc] = heap.ABC(heap.OpTest, ins.B(), 0, 0, ins.K())
	}
	return true
}

// removeValues makes every test of a list produce no value.
func (fs *funcState) removeValues(list int) {
	for ; list != noJump; list = fs.getJump(list) {
		fs.patchTestReg(list, noReg)
	}
}

// patchListAux patches a jump list: tests producing values go to vtarget with their
// value in reg, the others go to dtarget.
func (fs *funcState) patchListAux(list, vtarget, reg, dtarget int) {
	for list != noJump {
		next := fs.getJump(list)
		if fs.patchTestReg(list, reg) {
			fs.fixJump(list, vtarget)
		} else {
			fs.fixJump(list, dtarget)
		}
		list = next
	}
}

// patchList makes every jump of list go to target, which must already be emitted.
func (fs *funcState) patchList(list, target int) {
	fs.patchListAux(list, target, noReg, target)
}

// patchToHere makes every jump of list go to the current position.
func (fs *funcState) patchToHere(list int) {
	fs.patchList(list, fs.getLabel())
}

// needValue reports whether some jump of list is not controlled by a TESTSET, so that
// the expression's value must be materialised with boolean loads.
func (fs *funcState) needValue(list int) bool {
	for ; list != noJump; list = fs.getJump(list) {
		if fs.f.Code[fs.jumpControl(list)].OpCode() != heap.OpTestSet {
			return true
		}
	}
	return false
}

// negateCondition flips the sense of the comparison controlling e's jump.
func (fs *funcState) negateCondition(e *expdesc) {
	pc := fs.jumpControl(e.info)
	ins := fs.f.Code[pc]
	fs.f.Code[pc] = ins.WithK(!ins.K())
}

// jumpOnCond emits a jump taken when e is cond and returns its pc; a preceding NOT is
// folded into the test.
func (fs *funcState) jumpOnCond(e *expdesc, cond bool) int {
	if e.k == vReloc {
		ie := fs.f.Code[e.info]
		if ie.OpCode() == heap.OpNot {
			fs.removeLastInstruction()
			return fs.condJump(heap.OpTest, ie.B(), 0, 0, !cond)
		}
	}
	fs.discharge2AnyReg(e)
	fs.freeExp(e)
	return fs.condJump(heap.OpTestSet, noReg, e.info, 0, cond)
}

// goIfTrue emits code that falls through when e is true and jumps when it is false.
func (fs *funcState) goIfTrue(e *expdesc) {
	var pc int
	fs.dischargeVars(e)
	switch e.k {
	case vJmp:
		fs.negateCondition(e)
		pc = e.info
	case vK, vKFlt, vKInt, vKStr, vTrue:
		pc = noJump // always true
	default:
		pc = fs.jumpOnCond(e, false)
	}
	fs.concat(&e.f, pc)
	fs.patchToHere(e.t)
	e.t = noJump
}

// goIfFalse emits code that falls through when e is false and jumps when it is true.
func (fs *funcState) goIfFalse(e *expdesc) {
	var pc int
	fs.dischargeVars(e)
	switch e.k {
	case vJmp:
		pc = e.info
	case vNil, vFalse:
		pc = noJump // always false
	default:
		pc = fs.jumpOnCond(e, true)
	}
	fs.concat(&e.t, pc)
	fs.patchToHere(e.f)
	e.f = noJump
}
