// This file holds the entry point, the per-chunk and per-function compiler state, and
// the instruction emitter: encoding, line information, register allocation and the
// final peephole pass over a finished function (lcode.c's luaK_code, luaK_checkstack,
// luaK_finish and friends).

package compiler

import (
	"fmt"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// Limits of the reference implementation that the bytecode format or the VM rely on.
const (
	maxRegs        = 255                 // registers per function; must fit in operand A
	maxUpvals      = 255                 // upvalues per function
	maxShortLen    = 40                  // longest string usable as a field-name constant
	fieldsPerFlush = heap.FieldsPerFlush // list items stored by one SETLIST
	noJump         = -1                  // end of a jump list
	noReg          = heap.MaxArgA        // "no register" for TESTSET patching
	multRet        = -1                  // open number of results
	envName        = "_ENV"
)

// compiler is the state shared by all functions of one chunk: the reference keeps it in
// LexState and Dyndata.
type compiler struct {
	source string     // chunk name as given
	fs     *funcState // function being compiled

	// actVars[:nVars] are the declared local variables of all open functions. Entries
	// above nVars keep the variables of closed scopes, which the reference still reads
	// when it moves pending gotos out of a block.
	actVars []varDesc
	nVars   int
	gotos   []labelDesc // pending gotos and breaks of all open functions
	labels  []labelDesc // labels visible in all open functions

	// kcache maps a constant's key to its index in some function's constant table;
	// like the reference's scanner table it is shared by all functions of the chunk.
	kcache map[constKey]int

	// line is the line of the last token the reference parser would have consumed at
	// this point of the walk; every emitted instruction is stamped with it.
	line int
	// nextLine is the line of the token following the statement being compiled, where
	// the reference reports errors found after reading a whole statement.
	nextLine int
}

// funcState is the state of one function being compiled (the reference's FuncState).
type funcState struct {
	c    *compiler
	f    *heap.Proto
	prev *funcState // enclosing function
	bl   *blockCnt  // innermost open block

	lastTarget int  // pc of the last jump target
	freeReg    int  // first free register
	nActVar    int  // number of active local variables
	firstLocal int  // index of the function's first entry in compiler.actVars
	firstLabel int  // index of the function's first entry in compiler.labels
	needClose  bool // some return must close upvalues or to-be-closed variables
}

// Compile compiles a parsed chunk into the prototype of its main function. A semantic
// error (a const assignment, an undefined label, a limit exceeded) is returned as a
// *parser.SyntaxError.
func Compile(chunk *parser.Chunk) (p *heap.Proto, err error) {
	c := &compiler{source: chunk.Name, kcache: make(map[constKey]int), line: 1}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*parser.SyntaxError)
			if !ok {
				panic(r)
			}
			p, err = nil, se
		}
	}()
	return c.mainFunc(chunk), nil
}

// mainFunc compiles the main function: a vararg function whose only upvalue is _ENV.
func (c *compiler) mainFunc(chunk *parser.Chunk) *heap.Proto {
	f := &heap.Proto{Source: c.source}
	fs := c.openFunc(f)
	fs.setVararg(0)
	f.Upvalues = append(f.Upvalues, heap.UpvalueDesc{Name: envName, InStack: true})

	c.statList(chunk.Body.Stmts, blockEnd{line: chunk.Body.EndLine})
	c.nextLine = chunk.Body.EndLine
	c.closeFunc()
	return f
}

// openFunc starts compiling f as a function nested in the current one.
func (c *compiler) openFunc(f *heap.Proto) *funcState {
	fs := &funcState{
		c:          c,
		f:          f,
		prev:       c.fs,
		firstLocal: c.nVars,
		firstLabel: len(c.labels),
	}
	c.fs = fs
	f.MaxStackSize = 2 // registers 0 and 1 are always valid
	fs.enterBlock(&blockCnt{}, false)
	return fs
}

// closeFunc finishes the current function with its final return and returns to the
// enclosing one.
func (c *compiler) closeFunc() {
	fs := c.fs
	fs.ret(fs.nvarStack(), 0)
	fs.leaveBlock()
	if fs.bl != nil {
		panic("internal error: block left open at the end of a function")
	}
	fs.finish()
	c.fs = fs.prev
}

// pc returns the index of the next instruction.
func (fs *funcState) pc() int { return len(fs.f.Code) }

// code appends instruction i, stamped with the current line, and returns its index.
func (fs *funcState) code(i heap.Instruction) int {
	fs.f.Code = append(fs.f.Code, i)
	fs.f.LineInfo = append(fs.f.LineInfo, int32(fs.c.line))
	return len(fs.f.Code) - 1
}

// codeABC emits an iABC instruction.
func (fs *funcState) codeABC(op heap.OpCode, a, b, c int) int {
	return fs.codeABCk(op, a, b, c, false)
}

// codeABCk emits an iABC instruction with its k bit.
func (fs *funcState) codeABCk(op heap.OpCode, a, b, c int, k bool) int {
	if a > heap.MaxArgA || b > heap.MaxArgB || c > heap.MaxArgC || a < 0 || b < 0 || c < 0 {
		panic(fmt.Sprintf("internal error: operand out of range in %v %d %d %d", op, a, b, c))
	}
	return fs.code(heap.ABC(op, a, b, c, k))
}

// codeABx emits an iABx instruction.
func (fs *funcState) codeABx(op heap.OpCode, a, bx int) int {
	return fs.code(heap.ABx(op, a, bx))
}

// codeAsBx emits an iAsBx instruction.
func (fs *funcState) codeAsBx(op heap.OpCode, a, sbx int) int {
	return fs.code(heap.AsBx(op, a, sbx))
}

// codeExtraArg emits an EXTRAARG instruction.
func (fs *funcState) codeExtraArg(a int) int {
	return fs.code(heap.Ax(heap.OpExtraArg, a))
}

// codeK loads constant k into register reg, with LOADKX when k does not fit in Bx.
func (fs *funcState) codeK(reg, k int) int {
	if k <= heap.MaxArgBx {
		return fs.codeABx(heap.OpLoadK, reg, k)
	}
	p := fs.codeABx(heap.OpLoadKX, reg, 0)
	fs.codeExtraArg(k)
	return p
}

// fixLine gives the last instruction emitted the line line.
func (fs *funcState) fixLine(line int) {
	fs.f.LineInfo[len(fs.f.LineInfo)-1] = int32(line)
}

// removeLastInstruction drops the last instruction emitted.
func (fs *funcState) removeLastInstruction() {
	n := len(fs.f.Code) - 1
	fs.f.Code = fs.f.Code[:n]
	fs.f.LineInfo = fs.f.LineInfo[:n]
}

// previousInstruction returns the index of the last instruction when no jump can
// target the current position, so that it may be merged with the next one; otherwise
// -1.
func (fs *funcState) previousInstruction() int {
	if fs.pc() > fs.lastTarget {
		return fs.pc() - 1
	}
	return -1
}

// previousOp returns the opcode at pc, or an invalid opcode when pc is -1.
func (fs *funcState) previousOp(pc int) heap.OpCode {
	if pc < 0 {
		return heap.NumOpCodes
	}
	return fs.f.Code[pc].OpCode()
}

// checkStack makes room for n more registers above the first free one.
func (fs *funcState) checkStack(n int) {
	newStack := fs.freeReg + n
	if newStack > fs.f.MaxStackSize {
		if newStack >= maxRegs {
			fs.c.syntaxError("function or expression needs too many registers", "")
		}
		fs.f.MaxStackSize = newStack
	}
}

// reserveRegs allocates the next n registers.
func (fs *funcState) reserveRegs(n int) {
	fs.checkStack(n)
	fs.freeReg += n
}

// freeRegister frees reg if it is a temporary (not a local variable's register).
func (fs *funcState) freeRegister(reg int) {
	if reg >= fs.nvarStack() {
		fs.freeReg--
		if reg != fs.freeReg {
			panic("internal error: registers freed out of order")
		}
	}
}

// freeRegs frees two temporaries, the higher one first.
func (fs *funcState) freeRegs(r1, r2 int) {
	if r1 > r2 {
		fs.freeRegister(r1)
		fs.freeRegister(r2)
	} else {
		fs.freeRegister(r2)
		fs.freeRegister(r1)
	}
}

// setVararg marks the function vararg and emits its VARARGPREP.
func (fs *funcState) setVararg(nparams int) {
	fs.f.IsVararg = true
	fs.codeABC(heap.OpVarargPrep, nparams, 0, 0)
}

// ret emits a return of nret values starting at register first.
func (fs *funcState) ret(first, nret int) {
	op := heap.OpReturn
	switch nret {
	case 0:
		op = heap.OpReturn0
	case 1:
		op = heap.OpReturn1
	}
	fs.codeABC(op, first, nret+1, 0)
}

// finish is the final pass over a function's code: returns learn whether they must
// close upvalues and restore a vararg frame, and jumps to jumps are short-circuited.
func (fs *funcState) finish() {
	p := fs.f
	for i, ins := range p.Code {
		switch ins.OpCode() {
		case heap.OpReturn0, heap.OpReturn1:
			if !fs.needClose && !p.IsVararg {
				continue
			}
			ins = heap.ABC(heap.OpReturn, ins.A(), ins.B(), ins.C(), ins.K())
			fallthrough
		case heap.OpReturn, heap.OpTailCall:
			if fs.needClose {
				ins = ins.WithK(true)
			}
			if p.IsVararg {
				ins = ins.WithC(p.NumParams + 1)
			}
			p.Code[i] = ins
		case heap.OpJmp:
			fs.fixJump(i, finalTarget(p.Code, i))
		}
	}
}

// finalTarget follows a chain of unconditional jumps from pc (at most 100 of them, as
// a guard against loops) and returns where it ends.
func finalTarget(code []heap.Instruction, pc int) int {
	for count := 0; count < 100; count++ {
		ins := code[pc]
		if ins.OpCode() != heap.OpJmp {
			break
		}
		pc += ins.SJ() + 1
	}
	return pc
}
