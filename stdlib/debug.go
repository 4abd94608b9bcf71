// This file implements the debug library over the VM's view of frames, locals,
// upvalues and hooks (vm/debug.go, vm/traceback.go).

package stdlib

import (
	"bufio"
	"io"
	"strings"
	"unsafe"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var debugFuncs = []libFunc{
	{"debug", dbDebug},
	{"gethook", dbGetHook},
	{"getinfo", dbGetInfo},
	{"getlocal", dbGetLocal},
	{"getmetatable", dbGetMetatable},
	{"getregistry", dbGetRegistry},
	{"getupvalue", dbGetUpvalue},
	{"getuservalue", dbGetUserValue},
	{"sethook", dbSetHook},
	{"setcstacklimit", dbSetCStackLimit},
	{"setlocal", dbSetLocal},
	{"setmetatable", dbSetMetatable},
	{"setupvalue", dbSetUpvalue},
	{"setuservalue", dbSetUserValue},
	{"traceback", dbTraceback},
	{"upvalueid", dbUpvalueID},
	{"upvaluejoin", dbUpvalueJoin},
}

func init() {
	addLibrary(library{Debug, "debug", func(m *vm.VM) heap.Value {
		t := heap.NewTable(0, len(debugFuncs))
		registerFuncs(m, t, "debug.", debugFuncs)
		return heap.TableValue(t)
	}})
}

// threadArg returns the thread a debug function works on and the index of its first
// argument after the optional thread.
func threadArg(m *vm.VM, args []heap.Value) (*heap.Thread, int) {
	if v := arg(args, 1); v.Kind() == heap.KindThread {
		return v.AsThread(), 2
	}
	return m.CurrentThread(), 1
}

func dbDebug(m *vm.VM, args []heap.Value) []heap.Value {
	in := m.Stdin()
	if in == nil {
		return nil
	}
	r := bufio.NewReader(in)
	for {
		io.WriteString(m.Stderr(), "lua_debug> ")
		line, err := r.ReadString('\n')
		if line == "" && err != nil || strings.TrimRight(line, "\n") == "cont" {
			return nil
		}
		cl, lerr := m.Load([]byte(line), "=(debug command)", "t")
		if lerr == nil {
			_, lerr = m.PCall(heap.ClosureValue(cl))
		}
		if lerr != nil {
			io.WriteString(m.Stderr(), lerr.Error()+"\n")
		}
	}
}

func dbGetHook(m *vm.VM, args []heap.Value) []heap.Value {
	th, _ := threadArg(m, args)
	fn, mask, count := m.Hook(th)
	if fn.IsNil() {
		return m.Return(heap.Nil)
	}
	var b strings.Builder
	for _, c := range []struct {
		bit int
		ch  byte
	}{{vm.HookCall, 'c'}, {vm.HookReturn, 'r'}, {vm.HookLine, 'l'}} {
		if mask&c.bit != 0 {
			b.WriteByte(c.ch)
		}
	}
	return m.Return(fn, heap.String(b.String()), heap.Int(int64(count)))
}

func dbGetInfo(m *vm.VM, args []heap.Value) []heap.Value {
	th, a := threadArg(m, args)
	what := optString(m, args, a+1, "flnSrtu")
	fv := arg(args, a)
	var info vm.FrameInfo
	if strings.HasPrefix(what, ">") {
		m.ArgError(a+1, "invalid option '>'")
	}
	if fv.IsFunction() {
		info = vm.FunctionInfo(fv)
	} else {
		level := checkInt(m, args, a)
		var ok bool
		if info, ok = m.FrameInfoAt(th, int(level)); !ok || level < 0 {
			return m.Return(heap.Nil)
		}
	}
	t := heap.NewTable(0, 16)
	for i := 0; i < len(what); i++ {
		if !fillInfo(t, what[i], info) {
			m.ArgError(a+1, "invalid option")
		}
	}
	return m.Return(heap.TableValue(t))
}

// fillInfo stores the fields of one getinfo option, reporting false for an unknown one.
func fillInfo(t *heap.Table, opt byte, info vm.FrameInfo) bool {
	switch opt {
	case 'S':
		t.SetStr("source", heap.String(info.Source))
		t.SetStr("short_src", heap.String(info.ShortSrc))
		t.SetStr("linedefined", heap.Int(int64(info.LineDefined)))
		t.SetStr("lastlinedefined", heap.Int(int64(info.LastLine)))
		t.SetStr("what", heap.String(info.What))
	case 'l':
		t.SetStr("currentline", heap.Int(int64(info.CurrentLine)))
	case 'u':
		t.SetStr("nups", heap.Int(int64(info.NumUpvalues)))
		t.SetStr("nparams", heap.Int(int64(info.NumParams)))
		t.SetStr("isvararg", heap.Bool(info.IsVararg))
	case 'n':
		if info.NameWhat != "" {
			t.SetStr("name", heap.String(info.Name))
		}
		t.SetStr("namewhat", heap.String(info.NameWhat))
	case 't':
		t.SetStr("istailcall", heap.Bool(info.IsTailCall))
	case 'r':
		t.SetStr("ftransfer", heap.Int(int64(info.FTransfer)))
		t.SetStr("ntransfer", heap.Int(int64(info.NTransfer)))
	case 'L':
		if info.Function.Kind() == heap.KindClosure {
			lines := heap.NewTable(0, 8)
			for _, l := range vm.ActiveLines(info.Function.AsClosure()) {
				lines.SetInt(int64(l), heap.True)
			}
			t.SetStr("activelines", heap.TableValue(lines))
		}
	case 'f':
		t.SetStr("func", info.Function)
	default:
		return false
	}
	return true
}

func dbGetLocal(m *vm.VM, args []heap.Value) []heap.Value {
	th, a := threadArg(m, args)
	n := checkInt(m, args, a+1)
	if f := arg(args, a); f.IsFunction() {
		if f.Kind() != heap.KindClosure || n < 1 {
			return m.Return(heap.Nil)
		}
		if name := f.AsClosure().Proto.LocalName(int(n), 0); name != "" {
			return m.Return(heap.String(name))
		}
		return m.Return(heap.Nil)
	}
	level := int(checkInt(m, args, a))
	if _, ok := m.FrameInfoAt(th, level); !ok {
		m.ArgError(a, "level out of range")
	}
	name, v, ok := m.Local(th, level, int(n))
	if !ok {
		return m.Return(heap.Nil)
	}
	return m.Return(heap.String(name), v)
}

func dbSetLocal(m *vm.VM, args []heap.Value) []heap.Value {
	th, a := threadArg(m, args)
	level := int(checkInt(m, args, a))
	n := checkInt(m, args, a+1)
	v := checkAny(m, args, a+2)
	if _, ok := m.FrameInfoAt(th, level); !ok {
		m.ArgError(a, "level out of range")
	}
	if name := m.SetLocal(th, level, int(n), v); name != "" {
		return m.Return(heap.String(name))
	}
	return m.Return(heap.Nil)
}

func dbGetMetatable(m *vm.VM, args []heap.Value) []heap.Value {
	mt := m.Metatable(checkAny(m, args, 1))
	if mt == nil {
		return m.Return(heap.Nil)
	}
	return m.Return(heap.TableValue(mt))
}

func dbSetMetatable(m *vm.VM, args []heap.Value) []heap.Value {
	v := arg(args, 1)
	mtv := arg(args, 2)
	if !mtv.IsNil() && !mtv.IsTable() {
		typeError(m, args, 2, "nil or table")
	}
	var mt *heap.Table
	if mtv.IsTable() {
		mt = mtv.AsTable()
	}
	switch v.Kind() {
	case heap.KindTable:
		v.AsTable().Meta = mt
		m.NoteMetatable(v, mt)
	case heap.KindUserdata:
		v.AsUserdata().Meta = mt
		m.NoteMetatable(v, mt)
	default:
		m.SetTypeMetatable(v, mt)
	}
	return m.Return(v)
}

func dbGetRegistry(m *vm.VM, args []heap.Value) []heap.Value {
	return m.Return(heap.TableValue(m.Registry()))
}

func dbGetUpvalue(m *vm.VM, args []heap.Value) []heap.Value {
	n := checkInt(m, args, 2)
	f := checkFunction(m, args, 1)
	name, v, ok := vm.Upvalue(f, int(n))
	if !ok {
		return nil
	}
	return m.Return(heap.String(name), v)
}

func dbSetUpvalue(m *vm.VM, args []heap.Value) []heap.Value {
	checkAny(m, args, 3)
	n := checkInt(m, args, 2)
	f := checkFunction(m, args, 1)
	name, ok := vm.SetUpvalue(f, int(n), args[2])
	if !ok {
		return nil
	}
	return m.Return(heap.String(name))
}

// dbGetUserValue returns the user value of a userdata. The userdata of this project
// have one user value slot, counted only once it holds a value (a library's userdata,
// such as files, have none, as in C Lua).
func dbGetUserValue(m *vm.VM, args []heap.Value) []heap.Value {
	n := optInt(m, args, 2, 1)
	u := arg(args, 1)
	if u.Kind() != heap.KindUserdata || n != 1 || !hasUserValue(u.AsUserdata()) ||
		u.AsUserdata().Value.IsNil() {
		return m.Return(heap.Nil)
	}
	return m.Return(u.AsUserdata().Value, heap.True)
}

// hasUserValue reports whether u has a user value slot: a host's userdata has one,
// a file handle none (liolib creates its handles without user values).
func hasUserValue(u *heap.Userdata) bool {
	_, isFile := u.Data.(*ioFile)
	return !isFile
}

func dbSetUserValue(m *vm.VM, args []heap.Value) []heap.Value {
	u := checkKind(m, args, 1, "userdata")
	checkAny(m, args, 2)
	if optInt(m, args, 3, 1) != 1 || !hasUserValue(u.AsUserdata()) {
		return m.Return(heap.Nil)
	}
	u.AsUserdata().Value = args[1]
	return args[:1]
}

func dbSetHook(m *vm.VM, args []heap.Value) []heap.Value {
	th, a := threadArg(m, args)
	if isNoneOrNil(args, a) {
		m.SetHook(th, heap.Nil, 0, 0)
		hookTable(m).Set(heap.ThreadValue(th), heap.Nil)
		return nil
	}
	smask := checkString(m, args, a+1)
	fn := checkFunction(m, args, a)
	count := optInt(m, args, a+2, 0)
	mask := 0
	if strings.IndexByte(smask, 'c') >= 0 {
		mask |= vm.HookCall
	}
	if strings.IndexByte(smask, 'r') >= 0 {
		mask |= vm.HookReturn
	}
	if strings.IndexByte(smask, 'l') >= 0 {
		mask |= vm.HookLine
	}
	m.SetHook(th, fn, mask, int(count))
	hookTable(m).Set(heap.ThreadValue(th), fn)
	return nil
}

// hookKey is the registry field of the table that maps threads to their hook
// functions, weak in its keys (it is its own metatable), as Lua's debug library
// keeps it. The VM holds the hooks it calls; the table shows them to scripts that look
// in the registry.
const hookKey = "_HOOKKEY"

// hookTable returns the registry's hook table, creating it on first use.
func hookTable(m *vm.VM) *heap.Table {
	return registryTable(m, hookKey, func(t *heap.Table) {
		t.SetStr("__mode", heap.String("k"))
		t.Meta = t
		m.NoteMetatable(heap.TableValue(t), t)
	})
}

// dbSetCStackLimit is the deprecated debug.setcstacklimit, which changes nothing and
// returns the fixed limit, as Lua 5.4.4's does.
func dbSetCStackLimit(m *vm.VM, args []heap.Value) []heap.Value {
	checkInt(m, args, 1)
	return m.Return(heap.Int(200))
}

func dbTraceback(m *vm.VM, args []heap.Value) []heap.Value {
	th, a := threadArg(m, args)
	msg := arg(args, a)
	if !msg.IsNil() && !msg.IsString() && !msg.IsNumber() {
		return m.Return(msg)
	}
	def := int64(1)
	if th != m.CurrentThread() {
		def = 0
	}
	level := optInt(m, args, a+1, def)
	tb := m.Traceback(th, int(level))
	if text, ok := toStringArg(msg); ok {
		tb = vm.WithTraceback(text, tb)
	}
	return m.Return(heap.String(tb))
}

// upvalueKey returns what identifies upvalue n of function f, or nil.
func upvalueKey(f heap.Value, n int) unsafe.Pointer {
	switch f.Kind() {
	case heap.KindClosure:
		if cl := f.AsClosure(); n >= 1 && n <= len(cl.Upvalues) {
			return unsafe.Pointer(cl.Upvalues[n-1])
		}
	case heap.KindBuiltin:
		if b := f.AsBuiltin(); n >= 1 && n <= len(b.Upvalues) {
			return unsafe.Pointer(&b.Upvalues[n-1])
		}
	}
	return nil
}

func dbUpvalueID(m *vm.VM, args []heap.Value) []heap.Value {
	n := checkInt(m, args, 2)
	f := checkFunction(m, args, 1)
	p := upvalueKey(f, int(n))
	if p == nil {
		return m.Return(heap.Nil)
	}
	return m.Return(heap.UserdataValue(m.LightUserdata(p)))
}

func dbUpvalueJoin(m *vm.VM, args []heap.Value) []heap.Value {
	n1, n2 := checkInt(m, args, 2), checkInt(m, args, 4)
	f1, f2 := checkFunction(m, args, 1), checkFunction(m, args, 3)
	if upvalueKey(f1, int(n1)) == nil {
		m.ArgError(2, "invalid upvalue index")
	}
	if upvalueKey(f2, int(n2)) == nil {
		m.ArgError(4, "invalid upvalue index")
	}
	if f1.Kind() != heap.KindClosure {
		m.ArgError(1, "Lua function expected")
	}
	if f2.Kind() != heap.KindClosure {
		m.ArgError(3, "Lua function expected")
	}
	f1.AsClosure().Upvalues[n1-1] = f2.AsClosure().Upvalues[n2-1]
	return nil
}
