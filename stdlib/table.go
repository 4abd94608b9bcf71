// This file implements Lua's table library: concat, insert, move, pack, remove, sort
// and unpack. As in ltablib.c, the functions accept any value that behaves as a table
// (one whose metatable has the metamethods a function needs) and reach its elements
// through __index, __newindex and __len, which run as synchronous calls and so cannot
// yield, as in C Lua. Tables without a metatable take a fast path of raw accesses. The
// sort machine, whose comparator calls may yield, is in table_sort.go.

package stdlib

import (
	"math"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var tableFuncs = []libFunc{
	{"concat", tabConcat},
	{"insert", tabInsert},
	{"move", tabMove},
	{"pack", tabPack},
	{"remove", tabRemove},
	{"sort", tabSort},
	{"unpack", tabUnpack},
}

func init() {
	addLibrary(library{Table, "table", openTable})
}

// openTable builds the table library.
func openTable(m *vm.VM) heap.Value {
	t := heap.NewTable(0, len(tableFuncs))
	registerFuncs(m, t, "table.", tableFuncs)
	m.RegisterContinuation("table.sort.k", tabSortK)
	return heap.TableValue(t)
}

// tabOps are the operations a table function needs from its argument.
type tabOps uint8

const (
	tabRead  tabOps = 1 << iota // indexing: __index
	tabWrite                    // assignment: __newindex
	tabLen                      // length: __len
)

// tabCheck raises "table expected" unless argument i is a table or has a metatable
// with a field for each operation in ops (ltablib's checktab).
func tabCheck(m *vm.VM, args []heap.Value, i int, ops tabOps) {
	v := arg(args, i)
	if v.IsTable() {
		return
	}
	mt := m.Metatable(v)
	if mt != nil &&
		(ops&tabRead == 0 || !mt.GetStr("__index").IsNil()) &&
		(ops&tabWrite == 0 || !mt.GetStr("__newindex").IsNil()) &&
		(ops&tabLen == 0 || !mt.GetStr("__len").IsNil()) {
		return
	}
	typeError(m, args, i, "table")
}

// tabGetN checks argument i for ops plus length and returns its length.
func tabGetN(m *vm.VM, args []heap.Value, i int, ops tabOps) int64 {
	tabCheck(m, args, i, ops|tabLen)
	return tabLength(m, arg(args, i))
}

// tabLength returns #v honouring __len, which must give an integer (luaL_len).
func tabLength(m *vm.VM, v heap.Value) int64 {
	if v.IsTable() {
		t := v.AsTable()
		if t.Meta == nil || t.Meta.GetStr("__len").IsNil() {
			return t.Len()
		}
	}
	tm := m.MetaField(v, "__len")
	if tm.IsNil() {
		if v.IsString() {
			return int64(len(v.AsString()))
		}
		m.Throw(heap.String("attempt to get length of a " + m.TypeName(v) + " value"))
	}
	n, ok := valueToInteger(first(m.Call(tm, v)))
	if !ok {
		m.Errorf("object length is not an integer")
	}
	return n
}

// valueToInteger converts v to an integer as lua_tointegerx does: integers, floats
// with an integral value, and strings holding either.
func valueToInteger(v heap.Value) (int64, bool) {
	n, ok := toNumberArg(v)
	switch {
	case !ok:
		return 0, false
	case n.IsInt():
		return n.AsInt(), true
	}
	return heap.FloatToInteger(n.AsFloat(), heap.RoundExact)
}

// tabGet returns v[i] as lua_geti does, with __index.
func tabGet(m *vm.VM, v heap.Value, i int64) heap.Value {
	if v.IsTable() {
		t := v.AsTable()
		if x := t.GetInt(i); !x.IsNil() || t.Meta == nil {
			return x
		}
	}
	return m.Index(v, heap.Int(i))
}

// tabSet assigns v[i] = x as lua_seti does, with __newindex.
func tabSet(m *vm.VM, v heap.Value, i int64, x heap.Value) {
	if v.IsTable() {
		if t := v.AsTable(); t.Meta == nil {
			t.SetInt(i, x)
			return
		}
	}
	m.SetIndex(v, heap.Int(i), x)
}

func tabConcat(m *vm.VM, args []heap.Value) []heap.Value {
	last := tabGetN(m, args, 1, tabRead)
	sep := optString(m, args, 2, "")
	i := optInt(m, args, 3, 1)
	last = optInt(m, args, 4, last)
	t := args[0]
	var b strings.Builder
	for ; i < last; i++ {
		tabAddField(m, &b, t, i)
		b.WriteString(sep)
	}
	if i == last {
		tabAddField(m, &b, t, i)
	}
	return m.Return(heap.String(b.String()))
}

// tabAddField appends t[i], which must be a string or a number, for table.concat.
func tabAddField(m *vm.VM, b *strings.Builder, t heap.Value, i int64) {
	v := tabGet(m, t, i)
	s, ok := toStringArg(v)
	if !ok {
		m.Errorf("invalid value (%s) at index %d in table for 'concat'", v.TypeName(), i)
	}
	b.WriteString(s)
}

func tabInsert(m *vm.VM, args []heap.Value) []heap.Value {
	e := tabGetN(m, args, 1, tabRead|tabWrite) + 1 // first empty slot; wraps as in C
	t := args[0]
	var pos int64
	switch len(args) {
	case 2:
		pos = e
	case 3:
		pos = checkInt(m, args, 2)
		if uint64(pos)-1 >= uint64(e) {
			m.ArgError(2, "position out of bounds")
		}
		for i := e; i > pos; i-- {
			tabSet(m, t, i, tabGet(m, t, i-1))
		}
	default:
		m.Errorf("wrong number of arguments to 'insert'")
	}
	tabSet(m, t, pos, args[len(args)-1])
	return nil
}

func tabMove(m *vm.VM, args []heap.Value) []heap.Value {
	f := checkInt(m, args, 2)
	e := checkInt(m, args, 3)
	t := checkInt(m, args, 4)
	dst := 1
	if !isNoneOrNil(args, 5) {
		dst = 5
	}
	tabCheck(m, args, 1, tabRead)
	tabCheck(m, args, dst, tabWrite)
	a1, tt := args[0], args[dst-1]
	if e >= f {
		if !(f > 0 || e < math.MaxInt64+f) {
			m.ArgError(3, "too many elements to move")
		}
		n := e - f + 1
		if t > math.MaxInt64-n+1 {
			m.ArgError(4, "destination wrap around")
		}
		if t > e || t <= f || (dst != 1 && !m.Equal(a1, tt)) {
			for i := int64(0); i < n; i++ {
				tabSet(m, tt, t+i, tabGet(m, a1, f+i))
			}
		} else {
			for i := n - 1; i >= 0; i-- {
				tabSet(m, tt, t+i, tabGet(m, a1, f+i))
			}
		}
	}
	return m.Return(tt)
}

func tabPack(m *vm.VM, args []heap.Value) []heap.Value {
	n := len(args)
	t := heap.NewTable(n, 1)
	for i := n; i >= 1; i-- {
		t.SetInt(int64(i), args[i-1])
	}
	t.SetStr("n", heap.Int(int64(n)))
	return m.Return(heap.TableValue(t))
}

func tabRemove(m *vm.VM, args []heap.Value) []heap.Value {
	size := tabGetN(m, args, 1, tabRead|tabWrite)
	pos := optInt(m, args, 2, size)
	if pos != size && uint64(pos)-1 > uint64(size) {
		// The reference (5.4.4) names argument 1 here.
		m.ArgError(1, "position out of bounds")
	}
	t := args[0]
	res := tabGet(m, t, pos)
	for ; pos < size; pos++ {
		tabSet(m, t, pos, tabGet(m, t, pos+1))
	}
	tabSet(m, t, pos, heap.Nil)
	return m.Return(res)
}

// tabMaxResults bounds the results of table.unpack as the reference's stack limit
// (LUAI_MAXSTACK, one million slots, less the room a call needs) does.
const tabMaxResults = 1000000 - 300

func tabUnpack(m *vm.VM, args []heap.Value) []heap.Value {
	i := optInt(m, args, 2, 1)
	var e int64
	if isNoneOrNil(args, 3) {
		e = tabLength(m, arg(args, 1))
	} else {
		e = checkInt(m, args, 3)
	}
	if i > e {
		return nil
	}
	n := uint64(e) - uint64(i) + 1
	if n-1 >= math.MaxInt32 || n > uint64(tabMaxResults-m.CurrentThread().Top) {
		m.Errorf("too many results to unpack")
	}
	t := arg(args, 1)
	res := make([]heap.Value, n)
	for k := range res {
		res[k] = tabGet(m, t, i+int64(k))
	}
	return res
}
