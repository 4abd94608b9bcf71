// This file defines the bytecode: the instruction encoding, the opcodes and Proto, the
// compiled form of a function. It is the only opcode table of the project; the compiler
// emits these instructions and the VM executes them. The instruction set is Lua 5.4's,
// opcode for opcode and operand for operand, so that listings compare with `luac -l` and
// the behaviour of each opcode is the one lvm.c gives it.
//
// Instruction formats (32 bits, least significant bit on the right):
//
//	        3 3 2 2 2 2 2 2 2 2 2 2 1 1 1 1 1 1 1 1 1 1 0 0 0 0 0 0 0 0 0 0
//	        1 0 9 8 7 6 5 4 3 2 1 0 9 8 7 6 5 4 3 2 1 0 9 8 7 6 5 4 3 2 1 0
//	iABC          C(8)     |      B(8)     |k|     A(8)      |   Op(7)     |
//	iABx                Bx(17)               |     A(8)      |   Op(7)     |
//	iAsBx              sBx (signed)(17)      |     A(8)      |   Op(7)     |
//	iAx                           Ax(25)                     |   Op(7)     |
//	isJ                           sJ (signed)(25)            |   Op(7)     |
//
// Signed operands are stored with an offset (excess-K): sBx = Bx - 65535,
// sJ = J - 16777215, and the one-byte signed operands sB and sC are B - 127 and C - 127.
//
// Notation in the opcode list: R[x] is register x of the current frame, K[x] constant
// x, RK(x) is K[x] if the k bit is set and R[x] otherwise, UpValue[x] upvalue x.
//
// Irregular cases:
//   - CALL, TAILCALL: B == 0 means the arguments run up to the stack top left by the
//     previous instruction (a multi-result call or VARARG); C == 0 means keep all
//     results and set the top after them.
//   - RETURN: B == 0 returns up to the top. k set means the function has upvalues or
//     to-be-closed variables to close first; C > 0 means it is vararg and C-1 is its
//     number of fixed parameters (needed to restore the frame's base).
//   - SETLIST: B == 0 means up to the top; C is the first index minus one, and with the
//     k bit set the real value is C + EXTRAARG * 256.
//   - NEWTABLE: B is the log2 of the hash size plus one (0 means empty), C the array
//     size; with k set the array size is C + EXTRAARG * 256.
//   - LOADKX and the extended forms above take their operand from the EXTRAARG that
//     follows them.
//   - Arithmetic opcodes skip the following MMBIN/MMBINI/MMBINK when they succeed; the
//     metamethod instruction only runs when the fast path fails.
//   - Tests (EQ, LT, TEST, ...) are always followed by a JMP: when the condition holds
//     with the sense of k, the JMP is executed, otherwise it is skipped.

package heap

import "fmt"

// Instruction is one encoded VM instruction.
type Instruction uint32

// OpCode identifies an instruction.
type OpCode uint8

// Operand sizes and positions.
const (
	sizeOp = 7
	sizeA  = 8
	sizeB  = 8
	sizeC  = 8
	sizeBx = sizeC + sizeB + 1
	sizeAx = sizeBx + sizeA
	sizeSJ = sizeBx + sizeA

	posA  = sizeOp
	posK  = posA + sizeA
	posB  = posK + 1
	posC  = posB + sizeB
	posBx = posK
	posAx = posA
	posSJ = posA

	// MaxArgA is the largest A operand, and so the largest register number.
	MaxArgA = 1<<sizeA - 1
	// MaxArgB is the largest B operand.
	MaxArgB = 1<<sizeB - 1
	// MaxArgC is the largest C operand.
	MaxArgC = 1<<sizeC - 1
	// MaxArgBx is the largest Bx operand.
	MaxArgBx = 1<<sizeBx - 1
	// MaxArgAx is the largest Ax operand.
	MaxArgAx = 1<<sizeAx - 1
	// MaxArgSJ is the largest stored sJ operand.
	MaxArgSJ = 1<<sizeSJ - 1

	// FieldsPerFlush is the most list items of a table constructor one SETLIST
	// stores (LFIELDS_PER_FLUSH); the verifier bounds NEWTABLE's size hints by it.
	FieldsPerFlush = 50

	// OffsetSBx is subtracted from Bx to give sBx.
	OffsetSBx = MaxArgBx >> 1
	// OffsetSJ is subtracted from the stored J to give sJ.
	OffsetSJ = MaxArgSJ >> 1
	// OffsetSC is subtracted from B or C to give sB or sC.
	OffsetSC = MaxArgC >> 1
)

// The opcodes, in Lua 5.4's order.
const (
	OpMove       OpCode = iota // A B     R[A] := R[B]
	OpLoadI                    // A sBx   R[A] := sBx
	OpLoadF                    // A sBx   R[A] := float(sBx)
	OpLoadK                    // A Bx    R[A] := K[Bx]
	OpLoadKX                   // A       R[A] := K[extra arg]
	OpLoadFalse                // A       R[A] := false
	OpLFalseSkip               // A       R[A] := false; pc++
	OpLoadTrue                 // A       R[A] := true
	OpLoadNil                  // A B     R[A], R[A+1], ..., R[A+B] := nil
	OpGetUpval                 // A B     R[A] := UpValue[B]
	OpSetUpval                 // A B     UpValue[B] := R[A]
	OpGetTabUp                 // A B C   R[A] := UpValue[B][K[C]:string]
	OpGetTable                 // A B C   R[A] := R[B][R[C]]
	OpGetI                     // A B C   R[A] := R[B][C]
	OpGetField                 // A B C   R[A] := R[B][K[C]:string]
	OpSetTabUp                 // A B C   UpValue[A][K[B]:string] := RK(C)
	OpSetTable                 // A B C   R[A][R[B]] := RK(C)
	OpSetI                     // A B C   R[A][B] := RK(C)
	OpSetField                 // A B C   R[A][K[B]:string] := RK(C)
	OpNewTable                 // A B C k R[A] := {}
	OpSelf                     // A B C   R[A+1] := R[B]; R[A] := R[B][RK(C):string]
	OpAddI                     // A B sC  R[A] := R[B] + sC
	OpAddK                     // A B C   R[A] := R[B] + K[C]:number
	OpSubK                     // A B C   R[A] := R[B] - K[C]:number
	OpMulK                     // A B C   R[A] := R[B] * K[C]:number
	OpModK                     // A B C   R[A] := R[B] % K[C]:number
	OpPowK                     // A B C   R[A] := R[B] ^ K[C]:number
	OpDivK                     // A B C   R[A] := R[B] / K[C]:number
	OpIDivK                    // A B C   R[A] := R[B] // K[C]:number
	OpBAndK                    // A B C   R[A] := R[B] & K[C]:integer
	OpBOrK                     // A B C   R[A] := R[B] | K[C]:integer
	OpBXorK                    // A B C   R[A] := R[B] ~ K[C]:integer
	OpShrI                     // A B sC  R[A] := R[B] >> sC
	OpShlI                     // A B sC  R[A] := sC << R[B]
	OpAdd                      // A B C   R[A] := R[B] + R[C]
	OpSub                      // A B C   R[A] := R[B] - R[C]
	OpMul                      // A B C   R[A] := R[B] * R[C]
	OpMod                      // A B C   R[A] := R[B] % R[C]
	OpPow                      // A B C   R[A] := R[B] ^ R[C]
	OpDiv                      // A B C   R[A] := R[B] / R[C]
	OpIDiv                     // A B C   R[A] := R[B] // R[C]
	OpBAnd                     // A B C   R[A] := R[B] & R[C]
	OpBOr                      // A B C   R[A] := R[B] | R[C]
	OpBXor                     // A B C   R[A] := R[B] ~ R[C]
	OpShl                      // A B C   R[A] := R[B] << R[C]
	OpShr                      // A B C   R[A] := R[B] >> R[C]
	OpMMBin                    // A B C   call C metamethod over R[A] and R[B]
	OpMMBinI                   // A sB C k call C metamethod over R[A] and sB
	OpMMBinK                   // A B C k call C metamethod over R[A] and K[B]
	OpUnm                      // A B     R[A] := -R[B]
	OpBNot                     // A B     R[A] := ~R[B]
	OpNot                      // A B     R[A] := not R[B]
	OpLen                      // A B     R[A] := #R[B] (length operator)
	OpConcat                   // A B     R[A] := R[A].. ... ..R[A + B - 1]
	OpClose                    // A       close all upvalues >= R[A]
	OpTBC                      // A       mark variable A "to be closed"
	OpJmp                      // sJ      pc += sJ
	OpEq                       // A B k   if ((R[A] == R[B]) ~= k) then pc++
	OpLt                       // A B k   if ((R[A] <  R[B]) ~= k) then pc++
	OpLe                       // A B k   if ((R[A] <= R[B]) ~= k) then pc++
	OpEqK                      // A B k   if ((R[A] == K[B]) ~= k) then pc++
	OpEqI                      // A sB k  if ((R[A] == sB) ~= k) then pc++
	OpLtI                      // A sB k  if ((R[A] < sB) ~= k) then pc++
	OpLeI                      // A sB k  if ((R[A] <= sB) ~= k) then pc++
	OpGtI                      // A sB k  if ((R[A] > sB) ~= k) then pc++
	OpGeI                      // A sB k  if ((R[A] >= sB) ~= k) then pc++
	OpTest                     // A k     if (not R[A] == k) then pc++
	OpTestSet                  // A B k   if (not R[B] == k) then pc++ else R[A] := R[B]
	OpCall                     // A B C   R[A], ... ,R[A+C-2] := R[A](R[A+1], ... ,R[A+B-1])
	OpTailCall                 // A B C k return R[A](R[A+1], ... ,R[A+B-1])
	OpReturn                   // A B C k return R[A], ... ,R[A+B-2]
	OpReturn0                  //         return
	OpReturn1                  // A       return R[A]
	OpForLoop                  // A Bx    update counters; if loop continues then pc-=Bx
	OpForPrep                  // A Bx    check values and prepare counters; if not to run then pc+=Bx+1
	OpTForPrep                 // A Bx    create upvalue for R[A + 3]; pc+=Bx
	OpTForCall                 // A C     R[A+4], ... ,R[A+3+C] := R[A](R[A+1], R[A+2])
	OpTForLoop                 // A Bx    if R[A+2] ~= nil then { R[A]=R[A+2]; pc -= Bx }
	OpSetList                  // A B C k R[A][C+i] := R[A+i], 1 <= i <= B
	OpClosure                  // A Bx    R[A] := closure(KPROTO[Bx])
	OpVararg                   // A C     R[A], R[A+1], ..., R[A+C-2] = vararg
	OpVarargPrep               // A       (adjust vararg parameters)
	OpExtraArg                 // Ax      extra (larger) argument for previous opcode

	// NumOpCodes is the number of opcodes.
	NumOpCodes = iota
)

// Format is an instruction format.
type Format uint8

// The instruction formats.
const (
	FormatABC Format = iota
	FormatABx
	FormatAsBx
	FormatAx
	FormatSJ
)

// opInfo holds the static facts about one opcode.
type opInfo struct {
	name   string // luac's spelling
	format Format
	setsA  bool // the instruction writes register A
	isTest bool // the next instruction is a jump
	inTop  bool // uses the stack top set by the previous instruction (B == 0 forms)
	outTop bool // sets the stack top for the next instruction (C == 0 forms)
	isMM   bool // a metamethod call for the previous arithmetic instruction
}

var opInfos = [NumOpCodes]opInfo{
	OpMove:       {name: "MOVE", format: FormatABC, setsA: true},
	OpLoadI:      {name: "LOADI", format: FormatAsBx, setsA: true},
	OpLoadF:      {name: "LOADF", format: FormatAsBx, setsA: true},
	OpLoadK:      {name: "LOADK", format: FormatABx, setsA: true},
	OpLoadKX:     {name: "LOADKX", format: FormatABx, setsA: true},
	OpLoadFalse:  {name: "LOADFALSE", format: FormatABC, setsA: true},
	OpLFalseSkip: {name: "LFALSESKIP", format: FormatABC, setsA: true},
	OpLoadTrue:   {name: "LOADTRUE", format: FormatABC, setsA: true},
	OpLoadNil:    {name: "LOADNIL", format: FormatABC, setsA: true},
	OpGetUpval:   {name: "GETUPVAL", format: FormatABC, setsA: true},
	OpSetUpval:   {name: "SETUPVAL", format: FormatABC},
	OpGetTabUp:   {name: "GETTABUP", format: FormatABC, setsA: true},
	OpGetTable:   {name: "GETTABLE", format: FormatABC, setsA: true},
	OpGetI:       {name: "GETI", format: FormatABC, setsA: true},
	OpGetField:   {name: "GETFIELD", format: FormatABC, setsA: true},
	OpSetTabUp:   {name: "SETTABUP", format: FormatABC},
	OpSetTable:   {name: "SETTABLE", format: FormatABC},
	OpSetI:       {name: "SETI", format: FormatABC},
	OpSetField:   {name: "SETFIELD", format: FormatABC},
	OpNewTable:   {name: "NEWTABLE", format: FormatABC, setsA: true},
	OpSelf:       {name: "SELF", format: FormatABC, setsA: true},
	OpAddI:       {name: "ADDI", format: FormatABC, setsA: true},
	OpAddK:       {name: "ADDK", format: FormatABC, setsA: true},
	OpSubK:       {name: "SUBK", format: FormatABC, setsA: true},
	OpMulK:       {name: "MULK", format: FormatABC, setsA: true},
	OpModK:       {name: "MODK", format: FormatABC, setsA: true},
	OpPowK:       {name: "POWK", format: FormatABC, setsA: true},
	OpDivK:       {name: "DIVK", format: FormatABC, setsA: true},
	OpIDivK:      {name: "IDIVK", format: FormatABC, setsA: true},
	OpBAndK:      {name: "BANDK", format: FormatABC, setsA: true},
	OpBOrK:       {name: "BORK", format: FormatABC, setsA: true},
	OpBXorK:      {name: "BXORK", format: FormatABC, setsA: true},
	OpShrI:       {name: "SHRI", format: FormatABC, setsA: true},
	OpShlI:       {name: "SHLI", format: FormatABC, setsA: true},
	OpAdd:        {name: "ADD", format: FormatABC, setsA: true},
	OpSub:        {name: "SUB", format: FormatABC, setsA: true},
	OpMul:        {name: "MUL", format: FormatABC, setsA: true},
	OpMod:        {name: "MOD", format: FormatABC, setsA: true},
	OpPow:        {name: "POW", format: FormatABC, setsA: true},
	OpDiv:        {name: "DIV", format: FormatABC, setsA: true},
	OpIDiv:       {name: "IDIV", format: FormatABC, setsA: true},
	OpBAnd:       {name: "BAND", format: FormatABC, setsA: true},
	OpBOr:        {name: "BOR", format: FormatABC, setsA: true},
	OpBXor:       {name: "BXOR", format: FormatABC, setsA: true},
	OpShl:        {name: "SHL", format: FormatABC, setsA: true},
	OpShr:        {name: "SHR", format: FormatABC, setsA: true},
	OpMMBin:      {name: "MMBIN", format: FormatABC, isMM: true},
	OpMMBinI:     {name: "MMBINI", format: FormatABC, isMM: true},
	OpMMBinK:     {name: "MMBINK", format: FormatABC, isMM: true},
	OpUnm:        {name: "UNM", format: FormatABC, setsA: true},
	OpBNot:       {name: "BNOT", format: FormatABC, setsA: true},
	OpNot:        {name: "NOT", format: FormatABC, setsA: true},
	OpLen:        {name: "LEN", format: FormatABC, setsA: true},
	OpConcat:     {name: "CONCAT", format: FormatABC, setsA: true},
	OpClose:      {name: "CLOSE", format: FormatABC},
	OpTBC:        {name: "TBC", format: FormatABC},
	OpJmp:        {name: "JMP", format: FormatSJ},
	OpEq:         {name: "EQ", format: FormatABC, isTest: true},
	OpLt:         {name: "LT", format: FormatABC, isTest: true},
	OpLe:         {name: "LE", format: FormatABC, isTest: true},
	OpEqK:        {name: "EQK", format: FormatABC, isTest: true},
	OpEqI:        {name: "EQI", format: FormatABC, isTest: true},
	OpLtI:        {name: "LTI", format: FormatABC, isTest: true},
	OpLeI:        {name: "LEI", format: FormatABC, isTest: true},
	OpGtI:        {name: "GTI", format: FormatABC, isTest: true},
	OpGeI:        {name: "GEI", format: FormatABC, isTest: true},
	OpTest:       {name: "TEST", format: FormatABC, isTest: true},
	OpTestSet:    {name: "TESTSET", format: FormatABC, setsA: true, isTest: true},
	OpCall:       {name: "CALL", format: FormatABC, setsA: true, inTop: true, outTop: true},
	OpTailCall:   {name: "TAILCALL", format: FormatABC, setsA: true, inTop: true, outTop: true},
	OpReturn:     {name: "RETURN", format: FormatABC, inTop: true},
	OpReturn0:    {name: "RETURN0", format: FormatABC},
	OpReturn1:    {name: "RETURN1", format: FormatABC},
	OpForLoop:    {name: "FORLOOP", format: FormatABx, setsA: true},
	OpForPrep:    {name: "FORPREP", format: FormatABx, setsA: true},
	OpTForPrep:   {name: "TFORPREP", format: FormatABx},
	OpTForCall:   {name: "TFORCALL", format: FormatABC},
	OpTForLoop:   {name: "TFORLOOP", format: FormatABx, setsA: true},
	OpSetList:    {name: "SETLIST", format: FormatABC, inTop: true},
	OpClosure:    {name: "CLOSURE", format: FormatABx, setsA: true},
	OpVararg:     {name: "VARARG", format: FormatABC, setsA: true, outTop: true},
	OpVarargPrep: {name: "VARARGPREP", format: FormatABC, setsA: true, inTop: true},
	OpExtraArg:   {name: "EXTRAARG", format: FormatAx},
}

// String returns the opcode's name as luac spells it.
func (op OpCode) String() string {
	if int(op) < len(opInfos) {
		return opInfos[op].name
	}
	return fmt.Sprintf("OP(%d)", uint8(op))
}

// Format returns the opcode's instruction format.
func (op OpCode) Format() Format { return opInfos[op].format }

// SetsA reports whether the opcode writes register A.
func (op OpCode) SetsA() bool { return opInfos[op].setsA }

// IsTest reports whether the opcode is a test followed by a jump.
func (op OpCode) IsTest() bool { return opInfos[op].isTest }

// UsesTop reports whether the opcode, in its B == 0 form, reads the stack top set by the
// previous instruction.
func (op OpCode) UsesTop() bool { return opInfos[op].inTop }

// SetsTop reports whether the opcode, in its C == 0 form, sets the stack top for the
// next instruction.
func (op OpCode) SetsTop() bool { return opInfos[op].outTop }

// IsMetamethod reports whether the opcode is MMBIN, MMBINI or MMBINK.
func (op OpCode) IsMetamethod() bool { return opInfos[op].isMM }

// Valid reports whether op is a defined opcode.
func (op OpCode) Valid() bool { return op < NumOpCodes }

// OpCode returns the instruction's opcode.
func (i Instruction) OpCode() OpCode { return OpCode(i & (1<<sizeOp - 1)) }

// A returns operand A.
func (i Instruction) A() int { return int(i >> posA & (1<<sizeA - 1)) }

// B returns operand B.
func (i Instruction) B() int { return int(i >> posB & (1<<sizeB - 1)) }

// SB returns operand B read as a signed byte.
func (i Instruction) SB() int { return i.B() - OffsetSC }

// C returns operand C.
func (i Instruction) C() int { return int(i >> posC & (1<<sizeC - 1)) }

// SC returns operand C read as a signed byte.
func (i Instruction) SC() int { return i.C() - OffsetSC }

// K reports whether the k bit is set.
func (i Instruction) K() bool { return i>>posK&1 != 0 }

// Bx returns operand Bx.
func (i Instruction) Bx() int { return int(i >> posBx) }

// SBx returns operand sBx.
func (i Instruction) SBx() int { return i.Bx() - OffsetSBx }

// Ax returns operand Ax.
func (i Instruction) Ax() int { return int(i >> posAx) }

// SJ returns the jump offset sJ.
func (i Instruction) SJ() int { return int(i>>posSJ) - OffsetSJ }

// ABC builds an instruction of format iABC.
func ABC(op OpCode, a, b, c int, k bool) Instruction {
	var kb Instruction
	if k {
		kb = 1
	}
	return Instruction(op) | Instruction(a)<<posA | kb<<posK |
		Instruction(b)<<posB | Instruction(c)<<posC
}

// ABx builds an instruction of format iABx.
func ABx(op OpCode, a, bx int) Instruction {
	return Instruction(op) | Instruction(a)<<posA | Instruction(bx)<<posBx
}

// AsBx builds an instruction of format iAsBx.
func AsBx(op OpCode, a, sbx int) Instruction { return ABx(op, a, sbx+OffsetSBx) }

// Ax builds an instruction of format iAx.
func Ax(op OpCode, ax int) Instruction { return Instruction(op) | Instruction(ax)<<posAx }

// SJ builds an instruction of format isJ.
func SJ(op OpCode, sj int) Instruction {
	return Instruction(op) | Instruction(sj+OffsetSJ)<<posSJ
}

// WithA returns i with operand A replaced.
func (i Instruction) WithA(a int) Instruction {
	return i&^((1<<sizeA-1)<<posA) | Instruction(a)<<posA
}

// WithB returns i with operand B replaced.
func (i Instruction) WithB(b int) Instruction {
	return i&^((1<<sizeB-1)<<posB) | Instruction(b)<<posB
}

// WithC returns i with operand C replaced.
func (i Instruction) WithC(c int) Instruction {
	return i&^((1<<sizeC-1)<<posC) | Instruction(c)<<posC
}

// WithK returns i with the k bit set to k.
func (i Instruction) WithK(k bool) Instruction {
	i &^= 1 << posK
	if k {
		i |= 1 << posK
	}
	return i
}

// WithBx returns i with operand Bx replaced.
func (i Instruction) WithBx(bx int) Instruction {
	return i&(1<<posBx-1) | Instruction(bx)<<posBx
}

// WithSJ returns i with the jump offset replaced.
func (i Instruction) WithSJ(sj int) Instruction {
	return i&(1<<posSJ-1) | Instruction(sj+OffsetSJ)<<posSJ
}

// Proto is a compiled function: its code, constants, nested functions and debug
// information. Protos are immutable once the compiler has built them and may be shared
// by any number of closures and VMs.
type Proto struct {
	// Source is the chunk name ("@file.lua", "=stdin", or the source text).
	Source string
	// LineDefined and LastLineDefined delimit the function in the source; both are 0
	// for a main chunk.
	LineDefined, LastLineDefined int
	// NumParams is the number of fixed parameters.
	NumParams int
	// IsVararg reports whether the function takes `...`.
	IsVararg bool
	// MaxStackSize is the number of registers the function uses.
	MaxStackSize int
	Code         []Instruction
	Constants    []Value
	Upvalues     []UpvalueDesc
	Protos       []*Proto
	// LineInfo holds the source line of each instruction; it is nil when debug
	// information has been stripped.
	LineInfo []int32
	// LocVars describes the local variables, in order of declaration, for debug
	// information and error messages; nil when stripped.
	LocVars []LocVar
}

// UpvalueDesc describes how a closure finds an upvalue when it is created: in a register
// of the enclosing function (InStack) or among the enclosing closure's upvalues.
type UpvalueDesc struct {
	// Name is the upvalue's name, "" when debug information was stripped.
	Name string
	// InStack reports whether Index is a register of the enclosing function rather
	// than an upvalue index of the enclosing closure.
	InStack bool
	Index   int
	// Kind is the declared kind of the variable: VarRegular, VarConst or VarClose.
	Kind VarKind
}

// VarKind is the declared kind of a local variable.
type VarKind uint8

// The kinds of local variables.
const (
	VarRegular VarKind = iota
	VarConst
	VarClose
	// VarCompileTimeConst is a <const> whose value is known at compile time; it
	// occupies no register.
	VarCompileTimeConst
)

// LocVar is a local variable's name and the range of instructions [StartPC, EndPC)
// where it is active.
type LocVar struct {
	Name           string
	StartPC, EndPC int
}

// Line returns the source line of instruction pc, or 0 when unknown.
func (p *Proto) Line(pc int) int {
	if pc < 0 || pc >= len(p.LineInfo) {
		return 0
	}
	return int(p.LineInfo[pc])
}

// LocalName returns the name of the n-th (1-based) local variable active at pc, or ""
// if there is none. This is how debug information maps a register to a name.
func (p *Proto) LocalName(n, pc int) string {
	for _, v := range p.LocVars {
		if v.StartPC > pc {
			break
		}
		if pc < v.EndPC {
			n--
			if n == 0 {
				return v.Name
			}
		}
	}
	return ""
}
