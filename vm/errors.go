// This file builds every error text a script can see from the VM itself, worded exactly
// as Lua 5.4 words them, and defines how errors travel.
//
// A Lua error is a Go panic carrying a *throw, raised by the VM or a builtin and
// recovered only where a run of the VM loop starts (see exec.go): there the VM unwinds
// to the innermost protected frame (pcall, xpcall), to the resumer of a failed coroutine,
// or out to the host as a *RuntimeError. Any other panic is a bug and is re-raised.
//
// Variable names in messages ("(local 'x')", "(global 'f')") come from the bytecode, as
// in Lua: the instruction that last set the register is found by a forward scan of the
// function (findSetReg) and interpreted (objectName).

package vm

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// ErrStepLimit is wrapped by the error a host call returns when Options.MaxSteps is
// reached.
var ErrStepLimit = errors.New("step limit reached")

// ErrRunning is returned by SaveState when called while Lua code runs (from a builtin,
// say): a state can only be saved between runs.
var ErrRunning = errors.New("vm: cannot save the state while Lua code runs")

// throw is the panic value of a Lua error.
type throw struct {
	value     heap.Value
	traceback string // captured when the error is known to reach the host
	hostErr   error  // a Go error to hand to the host unchanged (step limit)
	noHandler bool   // an error while handling an error: message handlers are skipped
}

// RuntimeError is the error a host call returns when a Lua error is not caught.
type RuntimeError struct {
	// Value is the Lua error value.
	Value heap.Value
	// Traceback is the stack traceback at the point of the error, in the shape of
	// luaL_traceback ("stack traceback:\n\t...").
	Traceback string
	err       error
}

// Error returns the message Lua's stand-alone interpreter would print for the value.
func (e *RuntimeError) Error() string {
	if e.err != nil {
		return e.err.Error()
	}
	return ErrorText(e.Value)
}

// Unwrap returns the underlying Go error, if any (such as ErrStepLimit).
func (e *RuntimeError) Unwrap() error { return e.err }

// ErrorText returns the text lua.c prints for an error value: strings and numbers as
// themselves, other values as "(error object is a T value)".
func ErrorText(v heap.Value) string {
	switch v.Kind() {
	case heap.KindString:
		return v.AsString()
	case heap.KindInt:
		return heap.FormatInt(v.AsInt())
	case heap.KindFloat:
		return heap.FormatFloat(v.AsFloat())
	}
	return fmt.Sprintf("(error object is a %s value)", v.TypeName())
}

// Throw raises v as a Lua error, like Lua's error function at level 0. It does not
// return.
func (m *VM) Throw(v heap.Value) {
	panic(&throw{value: v})
}

// Errorf raises a Lua error with a formatted message prefixed by the position of the
// Lua code that called the running builtin, like luaL_error. It does not return.
func (m *VM) Errorf(format string, args ...any) {
	m.Throw(heap.String(m.Where(1) + fmt.Sprintf(format, args...)))
}

// interruptError raises the error of an Interrupt, as lua.c's hook for SIGINT raises it
// with luaL_error: at the position of the caller of the running function.
func (m *VM) interruptError() {
	m.Errorf("interrupted!")
}

// runError raises an error at the position of the current Lua frame, as the VM's own
// errors do (luaG_runerror): unlike Where, it names the position even when the
// function has no line information ("?:-1:").
func (m *VM) runError(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if fr := m.th.CurrentFrame(); fr != nil && fr.IsLua() {
		p := fr.Closure.Proto
		line := -1
		if p.LineInfo != nil {
			line = p.Line(fr.PC - 1)
		}
		msg = fmt.Sprintf("%s:%d: %s", parser.ChunkID(p.Source), line, msg)
	}
	m.Throw(heap.String(msg))
}

// Where returns "chunk:line: " for the Lua function at the given level of the call
// stack (0 is the running function), or "" if that function is not Lua code or has no
// line information.
func (m *VM) Where(level int) string {
	fr := m.frameAt(m.th, level)
	if fr == nil || !fr.IsLua() {
		return ""
	}
	line := fr.Closure.Proto.Line(fr.PC - 1)
	if line <= 0 {
		return ""
	}
	return fmt.Sprintf("%s:%d: ", parser.ChunkID(fr.Closure.Proto.Source), line)
}

// frameAt returns the frame at a level of th's call stack (0 is the innermost), or nil.
func (m *VM) frameAt(th *heap.Thread, level int) *heap.Frame {
	i := len(th.Frames) - 1 - level
	if level < 0 || i < 0 {
		return nil
	}
	return &th.Frames[i]
}

// ArgError raises the error for a bad argument of the running builtin, naming the
// function as the call site does (luaL_argerror): "bad argument #2 to 'rep' (msg)".
func (m *VM) ArgError(arg int, msg string) {
	kind, name := m.calledAs(m.th, len(m.th.Frames)-1)
	if kind == "method" {
		arg--
		if arg == 0 {
			m.Errorf("calling '%s' on bad self (%s)", name, msg)
		}
	}
	if kind == "" {
		name = m.globalFuncName(m.th.CurrentFrame())
		if name == "" {
			name = "?"
		}
	}
	m.Errorf("bad argument #%d to '%s' (%s)", arg, name, msg)
}

// TypeName returns the type name of v for messages, honouring a string __name field in
// its metatable (luaL_typename with luaL_tolstring's rule).
func (m *VM) TypeName(v heap.Value) string {
	if mt := m.Metatable(v); mt != nil {
		if n := mt.GetStr("__name"); n.IsString() {
			return n.AsString()
		}
	}
	return v.TypeName()
}

// operand says where a value an instruction works on came from, so that messages can
// name it.
type operand struct {
	kind  operandKind
	index int
}

type operandKind uint8

const (
	noOperand operandKind = iota
	regOperand
	upvalOperand
)

func reg(i int) operand   { return operand{regOperand, i} }
func upval(i int) operand { return operand{upvalOperand, i} }

// varInfo returns " (kind 'name')" describing where operand o of the current Lua frame
// came from, or "".
func (m *VM) varInfo(o operand) string {
	fr := m.th.CurrentFrame()
	if fr == nil || !fr.IsLua() {
		return ""
	}
	p := fr.Closure.Proto
	var kind, name string
	switch o.kind {
	case upvalOperand:
		kind, name = "upvalue", upvalueName(p, o.index)
	case regOperand:
		kind, name = objectName(p, fr.PC-1, o.index)
	}
	return formatVarInfo(kind, name)
}

func formatVarInfo(kind, name string) string {
	if kind == "" {
		return ""
	}
	return fmt.Sprintf(" (%s '%s')", kind, name)
}

// typeError raises "attempt to <op> a <type> value<varinfo>".
func (m *VM) typeError(v heap.Value, op string, o operand) {
	m.runError("attempt to %s a %s value%s", op, m.TypeName(v), m.varInfo(o))
}

// callError raises the error for calling a value that is not callable, naming it from
// the calling instruction when possible.
func (m *VM) callError(v heap.Value, o operand) {
	fr := m.th.CurrentFrame()
	info := ""
	if fr != nil && fr.IsLua() {
		kind, name := funcNameFromCode(fr.Closure.Proto, fr.PC-1)
		if kind != "" {
			info = formatVarInfo(kind, name)
		} else {
			info = m.varInfo(o)
		}
	}
	m.runError("attempt to call a %s value%s", m.TypeName(v), info)
}

// CheckYield raises Lua's error when the running thread cannot yield: it is the main
// thread, or a call from Go is in progress on it. Like lua_yieldk, the message has no
// position, since the running frame is a builtin's.
func (m *VM) CheckYield() {
	switch {
	case m.th == m.main:
		m.runError("attempt to yield from outside a coroutine")
	case !m.IsYieldable():
		m.runError("attempt to yield across a C-call boundary")
	}
}

// ResumeError returns why co cannot be resumed now, in coroutine.resume's words, or "".
func (m *VM) ResumeError(co *heap.Thread) string {
	switch {
	case co.Status == heap.StatusDead || (len(co.Frames) == 0 && co.Top == 0):
		return "cannot resume dead coroutine"
	case co.Status != heap.StatusSuspended:
		return "cannot resume non-suspended coroutine"
	case m.IsCStackFull():
		return "C stack overflow"
	}
	return ""
}

// finalizerCallError returns the message of a finalizer that cannot be called, as
// Lua words it when the collector calls one.
func (m *VM) finalizerCallError(v heap.Value) string {
	return "attempt to call a " + m.TypeName(v) + " value" + formatVarInfo("metamethod", "__gc")
}

// arithError raises the error of an arithmetic or bitwise operation with no
// metamethod. op is "perform arithmetic on" or "perform bitwise operation on"; the bad
// operand is the first one that is not a number (or, for arithmetic, a numeric string).
func (m *VM) arithError(a, b heap.Value, oa, ob operand, bitwise bool) {
	if bitwise {
		_, aNum := a.ToNumber()
		_, bNum := b.ToNumber()
		if aNum && bNum {
			if _, ok := toInteger(a); ok {
				a, oa = b, ob
			}
			m.runError("number%s has no integer representation", m.varInfo(oa))
		}
		if aNum {
			a, oa = b, ob
		}
		m.typeError(a, "perform bitwise operation on", oa)
	}
	if a.IsNumber() {
		a, oa = b, ob
	}
	m.typeError(a, "perform arithmetic on", oa)
}

// concatError raises the error of a concatenation with no metamethod.
func (m *VM) concatError(a, b heap.Value, oa, ob operand) {
	if a.IsString() || a.IsNumber() {
		a, oa = b, ob
	}
	m.typeError(a, "concatenate", oa)
}

// orderError raises the error of a comparison with no metamethod.
func (m *VM) orderError(a, b heap.Value) {
	ta, tb := m.TypeName(a), m.TypeName(b)
	if ta == tb {
		m.runError("attempt to compare two %s values", ta)
	}
	m.runError("attempt to compare %s with %s", ta, tb)
}

// forError raises the error of a numeric for with a non-numeric control value.
func (m *VM) forError(v heap.Value, what string) {
	m.runError("bad 'for' %s (number expected, got %s)", what, m.TypeName(v))
}

// upvalueName returns the name of upvalue i of p, or "?".
func upvalueName(p *heap.Proto, i int) string {
	if i < len(p.Upvalues) && p.Upvalues[i].Name != "" {
		return p.Upvalues[i].Name
	}
	return "?"
}

// objectName describes how register r got its value at instruction lastPC: a local
// variable, a global, a field, an upvalue, a constant or a method, with its name.
func objectName(p *heap.Proto, lastPC, r int) (kind, name string) {
	if name := p.LocalName(r+1, lastPC); name != "" {
		return "local", name
	}
	pc := findSetReg(p, lastPC, r)
	if pc < 0 {
		return "", ""
	}
	i := p.Code[pc]
	switch i.OpCode() {
	case heap.OpMove:
		if b := i.B(); b < i.A() {
			return objectName(p, pc, b)
		}
	case heap.OpGetTabUp:
		return fieldKind(upvalueName(p, i.B()) == "_ENV"), constantName(p, i.C())
	case heap.OpGetTable:
		return tableKind(p, pc, i), registerConstName(p, pc, i.C())
	case heap.OpGetI:
		return "field", "integer index"
	case heap.OpGetField:
		return tableKind(p, pc, i), constantName(p, i.C())
	case heap.OpGetUpval:
		return "upvalue", upvalueName(p, i.B())
	case heap.OpLoadK, heap.OpLoadKX:
		k := i.Bx()
		if i.OpCode() == heap.OpLoadKX {
			k = p.Code[pc+1].Ax()
		}
		if k < len(p.Constants) && p.Constants[k].IsString() {
			return "constant", p.Constants[k].AsString()
		}
	case heap.OpSelf:
		if i.K() {
			return "method", constantName(p, i.C())
		}
		return "method", registerConstName(p, pc, i.C())
	}
	return "", ""
}

// tableKind returns "global" if the table register of a GETTABLE/GETFIELD instruction
// holds _ENV, "field" otherwise.
func tableKind(p *heap.Proto, pc int, i heap.Instruction) string {
	_, name := objectName(p, pc, i.B())
	return fieldKind(name == "_ENV")
}

func fieldKind(isEnv bool) string {
	if isEnv {
		return "global"
	}
	return "field"
}

// constantName returns constant k of p if it is a string, else "?".
func constantName(p *heap.Proto, k int) string {
	if k < len(p.Constants) && p.Constants[k].IsString() {
		return p.Constants[k].AsString()
	}
	return "?"
}

// registerConstName returns the name of register r if it holds a string constant,
// else "?".
func registerConstName(p *heap.Proto, pc, r int) string {
	if kind, name := objectName(p, pc, r); kind == "constant" {
		return name
	}
	return "?"
}

// findSetReg returns the index of the last instruction before lastPC that set register
// r, or -1 if it cannot be known (the setting is conditional, inside a jump).
func findSetReg(p *heap.Proto, lastPC, r int) int {
	if lastPC < len(p.Code) && p.Code[lastPC].OpCode().IsMetamethod() {
		lastPC-- // the metamethod instruction runs in place of the previous one
	}
	setReg, jmpTarget := -1, 0
	for pc := 0; pc < lastPC; pc++ {
		i := p.Code[pc]
		a := i.A()
		change := false
		switch op := i.OpCode(); op {
		case heap.OpLoadNil:
			change = a <= r && r <= a+i.B()
		case heap.OpTForCall:
			change = r >= a+2
		case heap.OpCall, heap.OpTailCall:
			change = r >= a
		case heap.OpJmp:
			if dest := pc + 1 + i.SJ(); dest <= lastPC && dest > jmpTarget {
				jmpTarget = dest
			}
		default:
			change = op.SetsA() && r == a
		}
		if change {
			setReg = pc
			if pc < jmpTarget {
				setReg = -1
			}
		}
	}
	return setReg
}

// metaEventNames maps the metamethod events of MMBIN instructions (operand C) to their
// names without the "__" prefix.
var metaEventNames = [...]string{
	eventIndex: "index", eventNewIndex: "newindex", eventGC: "gc", eventMode: "mode",
	eventLen: "len", eventEq: "eq", eventAdd: "add", eventSub: "sub", eventMul: "mul",
	eventMod: "mod", eventPow: "pow", eventDiv: "div", eventIDiv: "idiv",
	eventBAnd: "band", eventBOr: "bor", eventBXor: "bxor", eventShl: "shl",
	eventShr: "shr", eventUnm: "unm", eventBNot: "bnot", eventLt: "lt", eventLe: "le",
	eventConcat: "concat", eventCall: "call", eventClose: "close",
}

// funcNameFromCode describes the function called by instruction pc of p: the name the
// calling code used for it, a metamethod, or a for iterator.
func funcNameFromCode(p *heap.Proto, pc int) (kind, name string) {
	if pc < 0 || pc >= len(p.Code) {
		return "", ""
	}
	i := p.Code[pc]
	var ev event
	switch i.OpCode() {
	case heap.OpCall, heap.OpTailCall:
		return objectName(p, pc, i.A())
	case heap.OpTForCall:
		return "for iterator", "for iterator"
	case heap.OpSelf, heap.OpGetTabUp, heap.OpGetTable, heap.OpGetI, heap.OpGetField:
		ev = eventIndex
	case heap.OpSetTabUp, heap.OpSetTable, heap.OpSetI, heap.OpSetField:
		ev = eventNewIndex
	case heap.OpMMBin, heap.OpMMBinI, heap.OpMMBinK:
		ev = event(i.C())
	case heap.OpUnm:
		ev = eventUnm
	case heap.OpBNot:
		ev = eventBNot
	case heap.OpLen:
		ev = eventLen
	case heap.OpConcat:
		ev = eventConcat
	case heap.OpEq:
		ev = eventEq
	case heap.OpLt, heap.OpLtI, heap.OpGtI:
		ev = eventLt
	case heap.OpLe, heap.OpLeI, heap.OpGeI:
		ev = eventLe
	case heap.OpClose, heap.OpReturn:
		ev = eventClose
	default:
		return "", ""
	}
	if int(ev) >= len(metaEventNames) {
		return "", ""
	}
	return "metamethod", metaEventNames[ev]
}

// calledAs describes how the function of frame index fi of th was called: the kind
// ("global", "local", "method", "field", "upvalue", "metamethod", "for iterator",
// "hook") and name, or "" when unknown (called from Go, or through a tail call).
func (m *VM) calledAs(th *heap.Thread, fi int) (kind, name string) {
	if fi < 0 || fi >= len(th.Frames) {
		return "", ""
	}
	fr := &th.Frames[fi]
	switch {
	case fr.Flags&heap.FrameTailCall != 0:
		return "", ""
	case fr.Flags&heap.FrameHook != 0:
		return "hook", "?"
	case fr.Flags&heap.FrameGC != 0:
		return "metamethod", "__gc"
	case fi == 0:
		return "", ""
	}
	caller := &th.Frames[fi-1]
	if !caller.IsLua() {
		return "", ""
	}
	return funcNameFromCode(caller.Closure.Proto, caller.PC-1)
}

// globalFuncName returns the name under which the function of fr is found in
// package.loaded ("string.rep", or "print" for "_G.print"), or "".
func (m *VM) globalFuncName(fr *heap.Frame) string {
	if fr == nil {
		return ""
	}
	fn := frameFunction(fr)
	loaded := m.registry.GetStr("_LOADED")
	if !loaded.IsNil() && loaded.Kind() == heap.KindTable {
		if name := findField(loaded.AsTable(), fn, 2); name != "" {
			return strings.TrimPrefix(name, "_G.")
		}
	}
	return ""
}

// frameFunction returns the function value a frame runs.
func frameFunction(fr *heap.Frame) heap.Value {
	if fr.IsLua() {
		return heap.ClosureValue(fr.Closure)
	}
	return heap.BuiltinValue(fr.Builtin)
}

// findField searches t, and tables in t down to the given depth, for a string key whose
// value is fn, returning the dotted path.
func findField(t *heap.Table, fn heap.Value, depth int) string {
	k := heap.Nil
	for {
		key, val, err := t.Next(k)
		if err != nil || key.IsNil() {
			return ""
		}
		k = key
		if !key.IsString() {
			continue
		}
		if heap.RawEqual(val, fn) {
			return key.AsString()
		}
		if depth > 1 && val.Kind() == heap.KindTable {
			if name := findField(val.AsTable(), fn, depth-1); name != "" {
				return key.AsString() + "." + name
			}
		}
	}
}
