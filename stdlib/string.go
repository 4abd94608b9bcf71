// This file implements Lua's string library: its registration, the string metatable,
// and the functions that work on bytes (byte, char, dump, len, lower, rep, reverse,
// sub, upper). Pattern matching is in string_pattern.go, format in string_format.go,
// pack and unpack in string_pack.go, and the string metatable's arithmetic in
// string_meta.go.

package stdlib

import (
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var stringFuncs = []libFunc{
	{"byte", strByte},
	{"char", strChar},
	{"dump", strDump},
	{"find", strFind},
	{"format", strFormat},
	{"gmatch", strGmatch},
	{"gsub", strGsub},
	{"len", strLen},
	{"lower", strLower},
	{"match", strMatch},
	{"pack", strPack},
	{"packsize", strPackSize},
	{"rep", strRep},
	{"reverse", strReverse},
	{"sub", strSub},
	{"unpack", strUnpack},
	{"upper", strUpper},
}

func init() {
	addLibrary(library{String, "string", openString})
}

// openString builds the string library and installs the metatable shared by all
// strings: __index is the library, and the arithmetic metamethods convert numeric
// strings.
func openString(m *vm.VM) heap.Value {
	t := heap.NewTable(0, len(stringFuncs))
	registerFuncs(m, t, "string.", stringFuncs)
	m.RegisterInstance("string.gmatch.iterator", gmatchIterator)
	m.RegisterContinuation("string.gsub.k", gsubK)

	meta := heap.NewTable(0, len(stringMetaFuncs)+1)
	registerFuncs(m, meta, "string.meta.", stringMetaFuncs)
	meta.SetStr("__index", heap.TableValue(t))
	m.SetStringMeta(meta)
	return heap.TableValue(t)
}

// maxStringSize is the largest string the library builds (MAXSIZE of lstrlib.c on a
// 64-bit machine: INT_MAX).
const maxStringSize = 1<<31 - 1

// maxLuaStack is the limit of a thread's stack (LUAI_MAXSTACK), which bounds how many
// values a function can return.
const maxLuaStack = 1000000

// strCheckStack raises "stack overflow (msg)" when n more values would not fit on the
// running thread's stack, as luaL_checkstack does.
func strCheckStack(m *vm.VM, n int, msg string) {
	if m.CurrentThread().Top+n > maxLuaStack {
		m.Errorf("stack overflow (%s)", msg)
	}
}

// strStartPos turns a relative initial position (negative counts from the end) into
// a 1-based one clipped to [1, inf), as lstrlib's posrelatI.
func strStartPos(pos int64, n int) int64 {
	switch {
	case pos > 0:
		return pos
	case pos == 0 || pos < -int64(n):
		return 1
	}
	return int64(n) + pos + 1
}

// strEndPos reads optional argument i as an end position with default def, turned
// into a 1-based position clipped to [0, n], as lstrlib's getendpos.
func strEndPos(m *vm.VM, args []heap.Value, i int, def int64, n int) int64 {
	pos := optInt(m, args, i, def)
	switch {
	case pos > int64(n):
		return int64(n)
	case pos >= 0:
		return pos
	case pos < -int64(n):
		return 0
	}
	return int64(n) + pos + 1
}

func strByte(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	pi := optInt(m, args, 2, 1)
	posi := strStartPos(pi, len(s))
	last := strEndPos(m, args, 3, pi, len(s))
	if posi > last {
		return nil
	}
	if last-posi >= maxStringSize {
		m.Errorf("string slice too long")
	}
	n := int(last-posi) + 1
	strCheckStack(m, n, "string slice too long")
	var small [8]heap.Value
	res := small[:0]
	if n > len(small) {
		res = make([]heap.Value, 0, n)
	}
	for _, c := range []byte(s[posi-1 : posi-1+int64(n)]) {
		res = append(res, heap.Int(int64(c)))
	}
	return m.Return(res...)
}

func strChar(m *vm.VM, args []heap.Value) []heap.Value {
	b := make([]byte, len(args))
	for i := range args {
		c := uint64(checkInt(m, args, i+1))
		if c > 255 {
			m.ArgError(i+1, "value out of range")
		}
		b[i] = byte(c)
	}
	return m.Return(heap.String(string(b)))
}

// dumpProto encodes a function prototype as a binary chunk that load accepts, keeping
// debug information unless strip is set. The persistence layer sets it; while it is
// nil, string.dump fails as for a function it cannot dump.
var dumpProto func(p *heap.Proto, strip bool) ([]byte, error)

func strDump(m *vm.VM, args []heap.Value) []heap.Value {
	strip := !arg(args, 2).IsFalsy()
	f := checkFunction(m, args, 1)
	if f.Kind() != heap.KindClosure || dumpProto == nil {
		m.Errorf("unable to dump given function")
	}
	b, err := dumpProto(f.AsClosure().Proto, strip)
	if err != nil {
		m.Errorf("unable to dump given function")
	}
	return m.Return(heap.String(string(b)))
}

func strLen(m *vm.VM, args []heap.Value) []heap.Value {
	return m.Return(heap.Int(int64(len(checkString(m, args, 1)))))
}

// strMapBytes returns s with each byte replaced by f of it; s itself when nothing
// changes.
func strMapBytes(s string, f func(byte) byte) string {
	i := 0
	for i < len(s) && f(s[i]) == s[i] {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		b.WriteByte(f(s[i]))
	}
	return b.String()
}

func strLower(m *vm.VM, args []heap.Value) []heap.Value {
	s := strMapBytes(checkString(m, args, 1), func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	})
	return m.Return(heap.String(s))
}

func strUpper(m *vm.VM, args []heap.Value) []heap.Value {
	s := strMapBytes(checkString(m, args, 1), func(c byte) byte {
		if c >= 'a' && c <= 'z' {
			return c - 'a' + 'A'
		}
		return c
	})
	return m.Return(heap.String(s))
}

func strRep(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	n := checkInt(m, args, 2)
	sep := optString(m, args, 3, "")
	if n <= 0 {
		return m.Return(heap.String(""))
	}
	unit := int64(len(s)) + int64(len(sep))
	if unit > maxStringSize/n {
		m.Errorf("resulting string too large")
	}
	if unit == 0 {
		return m.Return(heap.String(""))
	}
	var b strings.Builder
	b.Grow(int(n*unit) - len(sep))
	for i := int64(1); i < n; i++ {
		b.WriteString(s)
		b.WriteString(sep)
	}
	b.WriteString(s)
	return m.Return(heap.String(b.String()))
}

func strReverse(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	var b strings.Builder
	b.Grow(len(s))
	for i := len(s) - 1; i >= 0; i-- {
		b.WriteByte(s[i])
	}
	return m.Return(heap.String(b.String()))
}

func strSub(m *vm.VM, args []heap.Value) []heap.Value {
	s := checkString(m, args, 1)
	posi := strStartPos(checkInt(m, args, 2), len(s))
	last := strEndPos(m, args, 3, -1, len(s))
	if posi > last {
		return m.Return(heap.String(""))
	}
	return m.Return(heap.String(s[posi-1 : last]))
}
