// This file is the disassembler: it prints a prototype and its nested functions in the
// shape of `luac5.4 -l` (and `-l -l`), so that listings can be compared line for line
// with the reference compiler's. Where luac prints a memory address, the listing
// prints F<n>, the position of the function in a depth-first walk (the main function
// is F0), which is stable from run to run.

package compiler

import (
	"fmt"
	"io"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
)

// List writes the listing of p and, recursively, of its nested functions to w: for each
// function a header and its instructions, plus its constants, locals and upvalues when
// full is set.
func List(w io.Writer, p *heap.Proto, full bool) error {
	l := &lister{full: full, ids: make(map[*heap.Proto]int)}
	l.number(p)
	l.function(p)
	_, err := io.WriteString(w, l.b.String())
	return err
}

// lister accumulates a listing.
type lister struct {
	b    strings.Builder
	full bool
	ids  map[*heap.Proto]int // depth-first position of each function
}

// number gives p and its nested functions their depth-first positions.
func (l *lister) number(p *heap.Proto) {
	l.ids[p] = len(l.ids)
	for _, child := range p.Protos {
		l.number(child)
	}
}

// addr returns the stable name that stands for p's address.
func (l *lister) addr(p *heap.Proto) string { return fmt.Sprintf("F%d", l.ids[p]) }

// printf appends formatted text to the listing.
func (l *lister) printf(format string, args ...any) { fmt.Fprintf(&l.b, format, args...) }

// function lists p and then its nested functions.
func (l *lister) function(p *heap.Proto) {
	l.header(p)
	for pc := range p.Code {
		l.instruction(p, pc)
	}
	if l.full {
		l.debug(p)
	}
	for _, child := range p.Protos {
		l.function(child)
	}
}

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// header lists the summary line of a function.
func (l *lister) header(p *heap.Proto) {
	src := p.Source
	switch {
	case strings.HasPrefix(src, "@"), strings.HasPrefix(src, "="):
		src = src[1:]
	case strings.HasPrefix(src, "\x1b"):
		src = "(bstring)"
	default:
		src = "(string)"
	}
	kind := "function"
	if p.LineDefined == 0 {
		kind = "main"
	}
	n := len(p.Code)
	l.printf("\n%s <%s:%d,%d> (%d instruction%s at %s)\n",
		kind, src, p.LineDefined, p.LastLineDefined, n, plural(n), l.addr(p))
	vararg := ""
	if p.IsVararg {
		vararg = "+"
	}
	l.printf("%d%s param%s, %d slot%s, %d upvalue%s, ", p.NumParams, vararg,
		plural(p.NumParams), p.MaxStackSize, plural(p.MaxStackSize),
		len(p.Upvalues), plural(len(p.Upvalues)))
	l.printf("%d local%s, %d constant%s, %d function%s\n", len(p.LocVars),
		plural(len(p.LocVars)), len(p.Constants), plural(len(p.Constants)),
		len(p.Protos), plural(len(p.Protos)))
}

// debug lists the constants, locals and upvalues of a function.
func (l *lister) debug(p *heap.Proto) {
	l.printf("constants (%d) for %s:\n", len(p.Constants), l.addr(p))
	for i, k := range p.Constants {
		l.printf("\t%d\t%s\t%s\n", i, constType(k), constText(k))
	}
	l.printf("locals (%d) for %s:\n", len(p.LocVars), l.addr(p))
	for i, v := range p.LocVars {
		l.printf("\t%d\t%s\t%d\t%d\n", i, v.Name, v.StartPC+1, v.EndPC+1)
	}
	l.printf("upvalues (%d) for %s:\n", len(p.Upvalues), l.addr(p))
	for i, u := range p.Upvalues {
		l.printf("\t%d\t%s\t%d\t%d\n", i, upvalName(p, i), b2i(u.InStack), u.Index)
	}
}

// constType returns luac's one-letter type of a constant.
func constType(k heap.Value) string {
	switch k.Kind() {
	case heap.KindNil:
		return "N"
	case heap.KindBool:
		return "B"
	case heap.KindFloat:
		return "F"
	case heap.KindInt:
		return "I"
	case heap.KindString:
		return "S"
	}
	return "?"
}

// constText returns a constant as luac prints it.
func constText(k heap.Value) string {
	switch k.Kind() {
	case heap.KindNil:
		return "nil"
	case heap.KindBool:
		if k.AsBool() {
			return "true"
		}
		return "false"
	case heap.KindFloat:
		return heap.FormatFloat(k.AsFloat())
	case heap.KindInt:
		return heap.FormatInt(k.AsInt())
	case heap.KindString:
		return quoteString(k.AsString())
	}
	return "?"
}

// quoteString quotes s as luac does: C escapes for the usual control characters, three
// decimal digits for other unprintable bytes.
func quoteString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\a':
			b.WriteString(`\a`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\v':
			b.WriteString(`\v`)
		default:
			if c >= 0x20 && c < 0x7f {
				b.WriteByte(c)
			} else {
				fmt.Fprintf(&b, `\%03d`, c)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// upvalName returns the name of upvalue i of p, "-" when stripped.
func upvalName(p *heap.Proto, i int) string {
	if i < len(p.Upvalues) && p.Upvalues[i].Name != "" {
		return p.Upvalues[i].Name
	}
	return "-"
}

// constAt returns constant i of p as luac prints it, guarding against bad indexes.
func constAt(p *heap.Proto, i int) string {
	if i < 0 || i >= len(p.Constants) {
		return "?"
	}
	return constText(p.Constants[i])
}

// instruction lists instruction pc of p.
func (l *lister) instruction(p *heap.Proto, pc int) {
	ins := p.Code[pc]
	op := ins.OpCode()
	l.printf("\t%d\t", pc+1)
	if line := p.Line(pc); line > 0 {
		l.printf("[%d]\t", line)
	} else {
		l.printf("[-]\t")
	}
	l.printf("%-9s\t", op)
	l.b.WriteString(l.operands(p, pc))
	l.b.WriteByte('\n')
}

// isk returns "k" when the k bit of ins is set.
func isk(ins heap.Instruction) string {
	if ins.K() {
		return "k"
	}
	return ""
}

// extraArg returns the Ax operand of the instruction after pc.
func extraArg(p *heap.Proto, pc int) int {
	if pc+1 < len(p.Code) {
		return p.Code[pc+1].Ax()
	}
	return 0
}

// operands formats the operands and the comment of instruction pc.
func (l *lister) operands(p *heap.Proto, pc int) string {
	ins := p.Code[pc]
	a, b, c := ins.A(), ins.B(), ins.C()
	switch ins.OpCode() {
	case heap.OpMove, heap.OpUnm, heap.OpBNot, heap.OpNot, heap.OpLen, heap.OpConcat:
		return fmt.Sprintf("%d %d", a, b)
	case heap.OpLoadI, heap.OpLoadF:
		return fmt.Sprintf("%d %d", a, ins.SBx())
	case heap.OpLoadK:
		return fmt.Sprintf("%d %d\t; %s", a, ins.Bx(), constAt(p, ins.Bx()))
	case heap.OpLoadKX:
		return fmt.Sprintf("%d\t; %s", a, constAt(p, extraArg(p, pc)))
	case heap.OpLoadFalse, heap.OpLFalseSkip, heap.OpLoadTrue, heap.OpClose, heap.OpTBC,
		heap.OpReturn1, heap.OpVarargPrep:
		return fmt.Sprintf("%d", a)
	case heap.OpLoadNil:
		return fmt.Sprintf("%d %d\t; %d out", a, b, b+1)
	case heap.OpGetUpval, heap.OpSetUpval:
		return fmt.Sprintf("%d %d\t; %s", a, b, upvalName(p, b))
	case heap.OpGetTabUp:
		return fmt.Sprintf("%d %d %d\t; %s %s", a, b, c, upvalName(p, b), constAt(p, c))
	case heap.OpGetTable, heap.OpGetI, heap.OpAdd, heap.OpSub, heap.OpMul, heap.OpMod,
		heap.OpPow, heap.OpDiv, heap.OpIDiv, heap.OpBAnd, heap.OpBOr, heap.OpBXor,
		heap.OpShl, heap.OpShr:
		return fmt.Sprintf("%d %d %d", a, b, c)
	case heap.OpGetField, heap.OpAddK, heap.OpSubK, heap.OpMulK, heap.OpModK, heap.OpPowK,
		heap.OpDivK, heap.OpIDivK, heap.OpBAndK, heap.OpBOrK, heap.OpBXorK:
		return fmt.Sprintf("%d %d %d\t; %s", a, b, c, constAt(p, c))
	case heap.OpAddI, heap.OpShrI, heap.OpShlI:
		return fmt.Sprintf("%d %d %d", a, b, ins.SC())
	}
	return l.operandsMore(p, pc)
}

// operandsMore formats the operands of the stores, tests, calls, loops and the other
// instructions operands does not handle.
func (l *lister) operandsMore(p *heap.Proto, pc int) string {
	ins := p.Code[pc]
	a, b, c, k := ins.A(), ins.B(), ins.C(), b2i(ins.K())
	rk := func() string { // the optional constant operand C of stores
		if ins.K() {
			return " " + constAt(p, c)
		}
		return ""
	}
	switch ins.OpCode() {
	case heap.OpSetTabUp:
		return fmt.Sprintf("%d %d %d%s\t; %s %s%s", a, b, c, isk(ins), upvalName(p, a),
			constAt(p, b), rk())
	case heap.OpSetTable, heap.OpSetI, heap.OpSelf:
		s := fmt.Sprintf("%d %d %d%s", a, b, c, isk(ins))
		if ins.K() {
			s += "\t; " + constAt(p, c)
		}
		return s
	case heap.OpSetField:
		return fmt.Sprintf("%d %d %d%s\t; %s%s", a, b, c, isk(ins), constAt(p, b), rk())
	case heap.OpNewTable:
		return fmt.Sprintf("%d %d %d\t; %d", a, b, c, c+l.extraC(p, pc))
	case heap.OpMMBin:
		return fmt.Sprintf("%d %d %d\t; %s", a, b, c, eventName(c))
	case heap.OpMMBinI:
		return fmt.Sprintf("%d %d %d %d\t; %s%s", a, ins.SB(), c, k, eventName(c), flip(ins))
	case heap.OpMMBinK:
		return fmt.Sprintf("%d %d %d %d\t; %s %s%s", a, b, c, k, eventName(c),
			constAt(p, b), flip(ins))
	case heap.OpJmp:
		return fmt.Sprintf("%d\t; to %d", ins.SJ(), ins.SJ()+pc+2)
	case heap.OpEq, heap.OpLt, heap.OpLe, heap.OpTestSet:
		return fmt.Sprintf("%d %d %d", a, b, k)
	case heap.OpEqK:
		return fmt.Sprintf("%d %d %d\t; %s", a, b, k, constAt(p, b))
	case heap.OpEqI, heap.OpLtI, heap.OpLeI, heap.OpGtI, heap.OpGeI:
		return fmt.Sprintf("%d %d %d", a, ins.SB(), k)
	case heap.OpTest:
		return fmt.Sprintf("%d %d", a, k)
	}
	return l.operandsCalls(p, pc)
}

// operandsCalls formats the operands of calls, returns, loops, closures and varargs.
func (l *lister) operandsCalls(p *heap.Proto, pc int) string {
	ins := p.Code[pc]
	a, b, c, bx := ins.A(), ins.B(), ins.C(), ins.Bx()
	switch ins.OpCode() {
	case heap.OpCall:
		return fmt.Sprintf("%d %d %d\t; %s %s", a, b, c, count(b, "in"), count(c, "out"))
	case heap.OpTailCall:
		return fmt.Sprintf("%d %d %d%s\t; %d in", a, b, c, isk(ins), b-1)
	case heap.OpReturn:
		return fmt.Sprintf("%d %d %d%s\t; %s", a, b, c, isk(ins), count(b, "out"))
	case heap.OpReturn0:
		return ""
	case heap.OpForLoop, heap.OpTForLoop:
		return fmt.Sprintf("%d %d\t; to %d", a, bx, pc-bx+2)
	case heap.OpForPrep:
		return fmt.Sprintf("%d %d\t; exit to %d", a, bx, pc+bx+3)
	case heap.OpTForPrep:
		return fmt.Sprintf("%d %d\t; to %d", a, bx, pc+bx+2)
	case heap.OpTForCall:
		return fmt.Sprintf("%d %d", a, c)
	case heap.OpSetList:
		s := fmt.Sprintf("%d %d %d", a, b, c)
		if ins.K() {
			s += fmt.Sprintf("\t; %d", c+l.extraC(p, pc))
		}
		return s
	case heap.OpClosure:
		target := "?"
		if bx < len(p.Protos) {
			target = l.addr(p.Protos[bx])
		}
		return fmt.Sprintf("%d %d\t; %s", a, bx, target)
	case heap.OpVararg:
		return fmt.Sprintf("%d %d\t; %s", a, c, count(c, "out"))
	case heap.OpExtraArg:
		return fmt.Sprintf("%d", ins.Ax())
	}
	return fmt.Sprintf("%d %d %d\t; not handled", a, b, c)
}

// extraC returns the high part of an operand C extended by the next EXTRAARG.
func (l *lister) extraC(p *heap.Proto, pc int) int {
	return extraArg(p, pc) * (heap.MaxArgC + 1)
}

// count formats an operand that counts values plus one, 0 meaning "all".
func count(n int, what string) string {
	if n == 0 {
		return "all " + what
	}
	return fmt.Sprintf("%d %s", n-1, what)
}

// flip returns " flip" when the k bit of a metamethod instruction is set.
func flip(ins heap.Instruction) string {
	if ins.K() {
		return " flip"
	}
	return ""
}

// eventNames are the metamethod names luac prints for MMBIN's event operand.
var eventNames = [...]string{
	"__index", "__newindex", "__gc", "__mode", "__len", "__eq", "__add", "__sub", "__mul",
	"__mod", "__pow", "__div", "__idiv", "__band", "__bor", "__bxor", "__shl", "__shr",
	"__unm", "__bnot", "__lt", "__le", "__concat", "__call", "__close",
}

// eventName returns the metamethod name of event e.
func eventName(e int) string {
	if e < len(eventNames) {
		return eventNames[e]
	}
	return "?"
}
