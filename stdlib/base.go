// This file implements Lua's basic library: the global functions print, type, pairs,
// pcall, load and the rest.

package stdlib

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
	"github.com/pluto-go/pluto-go/vm"
)

var baseFuncs = []libFunc{
	{"assert", baseAssert},
	{"collectgarbage", baseCollectGarbage},
	{"error", baseError},
	{"getmetatable", baseGetMetatable},
	{"ipairs", baseIPairs},
	{"load", baseLoad},
	{"next", baseNext},
	{"pairs", basePairs},
	{"pcall", basePCall},
	{"print", basePrint},
	{"rawequal", baseRawEqual},
	{"rawget", baseRawGet},
	{"rawlen", baseRawLen},
	{"rawset", baseRawSet},
	{"select", baseSelect},
	{"setmetatable", baseSetMetatable},
	{"tonumber", baseToNumber},
	{"tostring", baseToString},
	{"type", baseType},
	{"warn", baseWarn},
	{"xpcall", baseXPCall},
}

// baseFileFuncs are the functions of the basic library that read files. The io
// library registers them, so that a VM opened without io has no way to read files.
var baseFileFuncs = []libFunc{
	{"dofile", baseDoFile},
	{"loadfile", baseLoadFile},
}

// openBase registers the basic library in the globals.
func openBase(m *vm.VM) heap.Value {
	g := m.Globals()
	registerFuncs(m, g, "", baseFuncs)
	g.SetStr("_G", heap.TableValue(g))
	g.SetStr("_VERSION", heap.String("Lua 5.4"))
	m.Register("ipairs.iterator", ipairsIterator)
	m.RegisterContinuation("pcall.k", pcallK)
	m.RegisterContinuation("tostring.k", tostringK)
	m.RegisterContinuation("pairs.k", pairsK)
	m.RegisterContinuation("load.k", loadK)
	m.RegisterContinuation("load.fail.k", loadFailK)
	return heap.TableValue(g)
}

func baseAssert(m *vm.VM, args []heap.Value) []heap.Value {
	if !arg(args, 1).IsFalsy() {
		return args
	}
	checkAny(m, args, 1)
	msg := heap.String("assertion failed!")
	if len(args) >= 2 {
		msg = args[1]
	}
	raise(m, msg, 1)
	return nil
}

// raise raises v as error does at the given level: a string message gets the position
// of that level prefixed.
func raise(m *vm.VM, v heap.Value, level int) {
	if v.IsString() && level > 0 {
		v = heap.String(m.Where(level) + v.AsString())
	}
	m.Throw(v)
}

var gcOptions = []string{"stop", "restart", "collect", "count", "step", "setpause",
	"setstepmul", "isrunning", "generational", "incremental"}

// gcStateKey is the registry field where collectgarbage keeps the settings that have
// no effect here, the mode and the step multiplier, so that they are reported back as
// Lua does. Go's collector frees memory; the VM's collections, which clear weak
// tables, follow the pause and the stop and restart options.
const gcStateKey = "_GC_STATE"

// gcState returns the collector state table, creating it with Lua's defaults.
func gcState(m *vm.VM) *heap.Table {
	return registryTable(m, gcStateKey, func(t *heap.Table) {
		t.SetStr("mode", heap.String("incremental"))
		t.SetStr("setstepmul", heap.Int(100))
	})
}

// gcParam returns a pause or step multiplier as Lua keeps it: the argument as a C int,
// divided by 4 and stored in a byte, so that 150 reads back as 148.
func gcParam(v int64) int {
	return int(uint8(int32(v)/4)) * 4
}

// setStepMul sets the step multiplier and returns the old one.
func setStepMul(m *vm.VM, mul int) heap.Value {
	st := gcState(m)
	old := st.GetStr("setstepmul")
	st.SetStr("setstepmul", heap.Int(int64(mul)))
	return old
}

func baseCollectGarbage(m *vm.VM, args []heap.Value) []heap.Value {
	opt := gcOptions[checkOption(m, args, 1, "collect", gcOptions)]
	if m.InFinalizer() {
		return m.Return(heap.Nil) // Lua refuses the collector's services to finalizers
	}
	switch opt {
	case "count":
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return m.Return(heap.Float(float64(ms.HeapAlloc) / 1024))
	case "collect":
		m.Collect()
		runtime.GC()
	case "step":
		// Go's collector runs a whole cycle, which Lua's incremental mode reports; in
		// generational mode Lua's collector never rests between cycles and reports none.
		m.Collect()
		runtime.GC()
		return m.Return(heap.Bool(gcState(m).GetStr("mode").AsString() == "incremental"))
	case "isrunning":
		return m.Return(heap.Bool(m.CollectorRunning()))
	case "stop", "restart":
		m.SetCollectorRunning(opt == "restart")
	case "setpause":
		return m.Return(heap.Int(int64(m.SetCollectorPause(gcParam(optInt(m, args, 2, 0))))))
	case "setstepmul":
		return m.Return(setStepMul(m, gcParam(optInt(m, args, 2, 0))))
	case "generational", "incremental":
		if opt == "incremental" {
			if p := optInt(m, args, 2, 0); p != 0 {
				m.SetCollectorPause(gcParam(p))
			}
			if mul := optInt(m, args, 3, 0); mul != 0 {
				setStepMul(m, gcParam(mul))
			}
		}
		st := gcState(m)
		old := st.GetStr("mode")
		st.SetStr("mode", heap.String(opt))
		return m.Return(old)
	}
	return m.Return(heap.Int(0))
}

// openBaseFiles registers the basic library's file functions as globals.
func openBaseFiles(m *vm.VM) {
	registerFuncs(m, m.Globals(), "", baseFileFuncs)
	m.RegisterContinuation("dofile.k", dofileK)
}

func baseDoFile(m *vm.VM, args []heap.Value) []heap.Value {
	name, ok := fileNameArg(m, args)
	cl, err := loadNamed(m, name, ok, "bt")
	if err != nil {
		m.Throw(heap.String(err.Error()))
	}
	return m.CallK(heap.ClosureValue(cl), nil, heap.MultRet, dofileCont(m), heap.Nil)
}

func dofileCont(m *vm.VM) *heap.Continuation {
	k, _ := m.Continuation("dofile.k")
	return k
}

func dofileK(m *vm.VM, _ heap.Value, ok bool, res []heap.Value) []heap.Value {
	return res
}

func baseError(m *vm.VM, args []heap.Value) []heap.Value {
	level := optInt(m, args, 2, 1)
	raise(m, arg(args, 1), int(level))
	return nil
}

func baseGetMetatable(m *vm.VM, args []heap.Value) []heap.Value {
	v := checkAny(m, args, 1)
	mt := m.Metatable(v)
	if mt == nil {
		return m.Return(heap.Nil)
	}
	if p := mt.GetStr("__metatable"); !p.IsNil() {
		return m.Return(p)
	}
	return m.Return(heap.TableValue(mt))
}

func baseIPairs(m *vm.VM, args []heap.Value) []heap.Value {
	t := checkAny(m, args, 1)
	iter, _ := m.Builtin("ipairs.iterator")
	return m.Return(heap.BuiltinValue(iter), t, heap.Int(0))
}

func ipairsIterator(m *vm.VM, args []heap.Value) []heap.Value {
	i := checkInt(m, args, 2) + 1
	t := arg(args, 1)
	var v heap.Value
	if t.IsTable() && t.AsTable().Meta == nil {
		v = t.AsTable().GetInt(i)
	} else {
		v = m.Index(t, heap.Int(i))
	}
	if v.IsNil() {
		return m.Return(heap.Nil)
	}
	return m.Return(heap.Int(i), v)
}

func baseLoad(m *vm.VM, args []heap.Value) []heap.Value {
	chunk := arg(args, 1)
	mode := optString(m, args, 3, "bt")
	ctx := heap.NewTable(0, 4)
	ctx.SetStr("mode", heap.String(mode))
	if !isNone(args, 4) {
		ctx.SetStr("env", heap.TableValue(wrapEnv(args[3])))
	}
	if s, ok := toStringArg(chunk); ok {
		name := optString(m, args, 2, s)
		return finishLoad(m, ctx, []byte(s), name)
	}
	checkFunction(m, args, 1)
	ctx.SetStr("name", heap.String(optString(m, args, 2, "=(load)")))
	ctx.SetStr("reader", chunk)
	ctx.SetStr("parts", heap.TableValue(heap.NewTable(4, 0)))
	m.ProtectKeepingHandler()
	return m.CallK(chunk, nil, 1, loadCont(m), heap.TableValue(ctx))
}

// wrapEnv boxes an environment value so that nil can be stored in a table.
func wrapEnv(v heap.Value) *heap.Table {
	t := heap.NewTable(1, 0)
	t.SetInt(1, v)
	return t
}

func loadCont(m *vm.VM) *heap.Continuation {
	k, _ := m.Continuation("load.k")
	return k
}

// loadK receives one piece from a load reader: it asks for the next, or compiles the
// pieces when the reader signals the end.
func loadK(m *vm.VM, ctx heap.Value, ok bool, res []heap.Value) []heap.Value {
	c := stateTable(m, "load", ctx)
	parts := stateTable(m, "load", c.GetStr("parts"))
	if !ok {
		return m.Return(heap.Nil, first(res))
	}
	piece := first(res)
	if piece.IsNil() || (piece.IsString() && piece.AsString() == "") {
		var b strings.Builder
		for i := int64(1); i <= parts.Len(); i++ {
			b.WriteString(stateString(m, "load", parts.GetInt(i)))
		}
		return finishLoad(m, c, []byte(b.String()), stateString(m, "load", c.GetStr("name")))
	}
	if !piece.IsString() && !piece.IsNumber() {
		return loadFail(m, m.Where(1)+"reader function must return a string")
	}
	parts.SetInt(parts.Len()+1, heap.String(vm.ErrorText(piece)))
	return m.CallK(c.GetStr("reader"), nil, 1, loadCont(m), ctx)
}

// finishLoad compiles a chunk for load, returning the function or nil and the message.
func finishLoad(m *vm.VM, ctx *heap.Table, src []byte, name string) []heap.Value {
	cl, err := m.Load(src, name, stateString(m, "load", ctx.GetStr("mode")))
	if errors.Is(err, parser.ErrCStackOverflow) {
		return loadFail(m, err.Error())
	}
	if err != nil {
		return m.Return(heap.Nil, heap.String(loadErrorText(err, name)))
	}
	if env := ctx.GetStr("env"); !env.IsNil() && len(cl.Upvalues) > 0 {
		cl.Upvalues[0] = heap.NewClosedUpvalue(stateTable(m, "load", env).GetInt(1))
	}
	return m.Return(heap.ClosureValue(cl))
}

// loadFail returns nil and msg, a runtime error of load, after the message handler in
// force has turned it into its result: as in Lua, where load keeps the running
// handler and raises these errors (unlike syntax errors) through it.
func loadFail(m *vm.VM, msg string) []heap.Value {
	h := m.MessageHandler()
	if h.IsNil() {
		return m.Return(heap.Nil, heap.String(msg))
	}
	k, _ := m.Continuation("load.fail.k")
	m.ProtectKeepingHandler()
	return m.CallK(h, []heap.Value{heap.String(msg)}, 1, k, heap.Nil)
}

// loadFailK returns nil and what the message handler made of load's error.
func loadFailK(m *vm.VM, _ heap.Value, _ bool, res []heap.Value) []heap.Value {
	return m.Return(heap.Nil, first(res))
}

// loadErrorText returns the message load gives for a compilation error.
func loadErrorText(err error, _ string) string {
	return err.Error()
}

func first(vals []heap.Value) heap.Value {
	if len(vals) == 0 {
		return heap.Nil
	}
	return vals[0]
}

func baseLoadFile(m *vm.VM, args []heap.Value) []heap.Value {
	name, ok := fileNameArg(m, args)
	mode := optString(m, args, 2, "bt")
	cl, err := loadNamed(m, name, ok, mode)
	if err != nil {
		return m.Return(heap.Nil, heap.String(err.Error()))
	}
	if !isNone(args, 3) && len(cl.Upvalues) > 0 {
		cl.Upvalues[0] = heap.NewClosedUpvalue(args[2])
	}
	return m.Return(heap.ClosureValue(cl))
}

// LoadFile compiles the named file as loadfile does, skipping a first line that starts
// with '#'. The error of a file that cannot be read is worded as loadfile's ("cannot
// open x.lua: No such file or directory").
func LoadFile(m *vm.VM, name, mode string) (*heap.Closure, error) {
	src, err := ReadFile(name)
	if err != nil {
		return nil, err
	}
	return m.Load(parser.FileSource(src), "@"+name, mode)
}

// LoadStdin compiles the VM's standard input as loadfile() without a name does.
func LoadStdin(m *vm.VM, mode string) (*heap.Closure, error) {
	var src []byte
	if r := m.Stdin(); r != nil {
		var err error
		if src, err = io.ReadAll(r); err != nil {
			return nil, fmt.Errorf("cannot read stdin: %s", errnoText(err))
		}
	}
	return m.Load(parser.FileSource(src), "=stdin", mode)
}

// fileNameArg checks argument 1 of loadfile and dofile: a file name, or none for
// standard input.
func fileNameArg(m *vm.VM, args []heap.Value) (name string, ok bool) {
	if isNoneOrNil(args, 1) {
		return "", false
	}
	return checkString(m, args, 1), true
}

// loadNamed compiles the named file, or standard input when there is no name.
func loadNamed(m *vm.VM, name string, ok bool, mode string) (*heap.Closure, error) {
	if !ok {
		return LoadStdin(m, mode)
	}
	return LoadFile(m, name, mode)
}

// ReadFile returns the contents of the named file, with the error of a file that
// cannot be read worded as loadfile's ("cannot open x: No such file or directory").
func ReadFile(name string) ([]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fileError(name, err)
	}
	return data, nil
}

// fileError words an error opening or reading the named file as loadfile does.
func fileError(name string, err error) error {
	return fmt.Errorf("cannot %s %s: %s", openOrRead(err), name, errnoText(err))
}

// openOrRead tells whether a file error happened opening or reading.
func openOrRead(err error) string {
	if _, ok := err.(*os.PathError); ok && strings.Contains(err.Error(), "open ") {
		return "open"
	}
	return "read"
}

func baseNext(m *vm.VM, args []heap.Value) []heap.Value {
	t := checkTable(m, args, 1)
	k, v, err := t.Next(arg(args, 2))
	if err != nil {
		m.Throw(heap.String(err.Error()))
	}
	if k.IsNil() {
		return m.Return(heap.Nil)
	}
	return m.Return(k, v)
}

func basePairs(m *vm.VM, args []heap.Value) []heap.Value {
	t := checkAny(m, args, 1)
	if tm := m.MetaField(t, "__pairs"); !tm.IsNil() {
		k, _ := m.Continuation("pairs.k")
		return m.CallK(tm, args[:1], 3, k, heap.Nil)
	}
	next, _ := m.Builtin("next")
	return m.Return(heap.BuiltinValue(next), t, heap.Nil)
}

func pairsK(m *vm.VM, _ heap.Value, _ bool, res []heap.Value) []heap.Value {
	return res
}

func basePCall(m *vm.VM, args []heap.Value) []heap.Value {
	f := checkAny(m, args, 1)
	m.Protect()
	k, _ := m.Continuation("pcall.k")
	return m.CallK(f, args[1:], heap.MultRet, k, heap.Nil)
}

// pcallK completes pcall and xpcall: true and the results, or false and the error.
func pcallK(m *vm.VM, _ heap.Value, ok bool, res []heap.Value) []heap.Value {
	return m.ReturnWith(heap.Bool(ok), res)
}

func basePrint(m *vm.VM, args []heap.Value) []heap.Value {
	var b strings.Builder
	// Lua writes each argument as it goes, so what came before a failing __tostring
	// is written; one write of the whole line is the common case.
	defer func() {
		if r := recover(); r != nil {
			io.WriteString(m.Stdout(), b.String())
			panic(r)
		}
	}()
	for i, v := range args {
		s := m.ToString(v) // before the separator, as Lua converts before writing it
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(s)
	}
	b.WriteByte('\n')
	io.WriteString(m.Stdout(), b.String())
	return nil
}

func baseRawEqual(m *vm.VM, args []heap.Value) []heap.Value {
	a, b := checkAny(m, args, 1), checkAny(m, args, 2)
	return m.Return(heap.Bool(heap.RawEqual(a, b)))
}

func baseRawGet(m *vm.VM, args []heap.Value) []heap.Value {
	t := checkTable(m, args, 1)
	return m.Return(t.Get(checkAny(m, args, 2)))
}

func baseRawLen(m *vm.VM, args []heap.Value) []heap.Value {
	switch v := arg(args, 1); {
	case v.IsTable():
		return m.Return(heap.Int(v.AsTable().Len()))
	case v.IsString():
		return m.Return(heap.Int(int64(len(v.AsString()))))
	}
	typeError(m, args, 1, "table or string")
	return nil
}

func baseRawSet(m *vm.VM, args []heap.Value) []heap.Value {
	t := checkTable(m, args, 1)
	checkAny(m, args, 2)
	checkAny(m, args, 3)
	if err := t.Set(args[1], args[2]); err != nil {
		m.Throw(heap.String(err.Error()))
	}
	return args[:1]
}

func baseSelect(m *vm.VM, args []heap.Value) []heap.Value {
	if v := arg(args, 1); v.IsString() && strings.HasPrefix(v.AsString(), "#") {
		return m.Return(heap.Int(int64(len(args) - 1)))
	}
	n := checkInt(m, args, 1)
	rest := int64(len(args) - 1)
	switch {
	case n < 0:
		n = rest + n
		if n < 0 {
			m.ArgError(1, "index out of range")
		}
		return args[1+n:]
	case n == 0:
		m.ArgError(1, "index out of range")
	case n > rest:
		return nil
	}
	return args[n:]
}

func baseSetMetatable(m *vm.VM, args []heap.Value) []heap.Value {
	t := checkTable(m, args, 1)
	mt := arg(args, 2)
	if isNone(args, 2) || !mt.IsNil() && !mt.IsTable() {
		typeError(m, args, 2, "nil or table")
	}
	if t.Meta != nil && !t.Meta.GetStr("__metatable").IsNil() {
		m.Errorf("cannot change a protected metatable")
	}
	if mt.IsNil() {
		t.Meta = nil
	} else {
		t.Meta = mt.AsTable()
		m.NoteMetatable(args[0], t.Meta)
	}
	return args[:1]
}

func baseToNumber(m *vm.VM, args []heap.Value) []heap.Value {
	if isNoneOrNil(args, 2) {
		v := checkAny(m, args, 1)
		if v.IsNumber() {
			return args[:1]
		}
		if v.IsString() {
			if n, ok := toNumberArg(v); ok {
				return m.Return(n)
			}
		}
		return m.Return(heap.Nil)
	}
	base := checkInt(m, args, 2)
	s := checkKind(m, args, 1, "string").AsString()
	if base < 2 || base > 36 {
		m.ArgError(2, "base out of range")
	}
	if n, ok := heap.StringToIntBase(s, int(base)); ok {
		return m.Return(heap.Int(n))
	}
	return m.Return(heap.Nil)
}

func baseToString(m *vm.VM, args []heap.Value) []heap.Value {
	v := checkAny(m, args, 1)
	if tm := m.MetaField(v, "__tostring"); !tm.IsNil() {
		k, _ := m.Continuation("tostring.k")
		return m.CallK(tm, args[:1], 1, k, heap.Nil)
	}
	return m.Return(heap.String(m.RawToString(v)))
}

func tostringK(m *vm.VM, _ heap.Value, _ bool, res []heap.Value) []heap.Value {
	r := first(res)
	if !r.IsString() && !r.IsNumber() {
		m.Errorf("'__tostring' must return a string")
	}
	s, _ := toStringArg(r)
	return m.Return(heap.String(s))
}

func baseType(m *vm.VM, args []heap.Value) []heap.Value {
	v := checkAny(m, args, 1)
	return m.Return(heap.String(v.TypeName()))
}

func baseWarn(m *vm.VM, args []heap.Value) []heap.Value {
	checkString(m, args, 1)
	parts := make([]string, len(args))
	for i := range args {
		parts[i] = checkString(m, args, i+1)
	}
	m.Warn(strings.Join(parts, ""))
	return nil
}

func baseXPCall(m *vm.VM, args []heap.Value) []heap.Value {
	checkFunction(m, args, 2)
	m.Protect()
	k, _ := m.Continuation("pcall.k")
	return m.CallK(arg(args, 1), args[2:], heap.MultRet, k, args[1])
}
